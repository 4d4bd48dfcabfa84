using System.Net;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>Query API answers of a real Neo4j 5.26.0 Community server, verbatim from ../shared/neo4j/http-api.md.</summary>
internal static class RecordedQueryApi
{
    public const string Count = """{"data":{"fields":["c"],"values":[[3]]},"bookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWND+Q"]}""";

    public const string SyntaxError =
        """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETURN': expected a graph pattern, a parameter, ')', ':', 'IS', 'WHERE' or '{' (line 1, column 10 (offset: 9))\n\"MATCH (n RETURN n\"\n          ^"}]}""";

    public const string RuntimeError =
        """{"data":{"fields":["boom"],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";

    public const string UnknownDatabase = """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: nosuchdb"}]}""";

    public const string EnterpriseOnly = """{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"An unknown error occurred."}]}""";

    public const string ConstraintViolation =
        """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(8) already exists with label `Person` and property `id` = 'p1'"}]}""";

    public const string OpenEmpty = """{"transaction":{"id":"f9ed","expires":"2026-11-22T19:12:44Z"}}""";

    public const string RunInTransaction = """{"data":{"fields":["c"],"values":[[1]]},"transaction":{"id":"51da","expires":"2026-11-22T19:12:44Z"}}""";

    public const string Commit = """{"data":{"fields":["c"],"values":[[1]]},"bookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWNEKQ"]}""";

    public const string ErrorInTransaction =
        """{"data":{"fields":["1/0"],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";

    public static FakeNeo4j.Reply Accepted(string body, IReadOnlyDictionary<string, string>? headers = null) => new(HttpStatusCode.Accepted, body, null, headers);
    public static FakeNeo4j.Reply Status(HttpStatusCode status, string body) => new(status, body);
}
