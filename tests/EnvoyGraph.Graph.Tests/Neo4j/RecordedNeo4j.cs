using System.Net;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>
/// Answers of a real Neo4j 5.26.0 Community server, copied verbatim from ../shared/neo4j/http-api.md
/// (recorded on loopback). The one marked "constructed" has the shape of the recorded errors with a
/// code that the recording could not provoke on demand.
/// </summary>
internal static class RecordedNeo4j
{
    public const string CreateNodeWithParameter =
        """{"results":[{"columns":["n"],"data":[{"row":[{"x":1}],"meta":[{"id":5,"elementId":"4:7463bfeb-1d50-4551-9875-c0164f349634:5","type":"node","deleted":false}]}]}],"errors":[],"lastBookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWNDuQ"]}""";

    public const string TemporalValues =
        """{"results":[{"columns":["d","dt","ldt","t","dur","pt","lst","m"],"data":[{"row":["2024-01-15","2024-01-15T10:30Z","2024-01-15T10:30","10:30+01:00","P1M2DT3H",{"type":"Point","coordinates":[1.0,2.0],"crs":{"srid":7203,"name":"cartesian","type":"link","properties":{"href":"https://spatialreference.org/ref/sr-org/7203/ogcwkt/","type":"ogcwkt"}}},[1,2.5,"x",null,true],{"k":"v","n":1}],"meta":[{"type":"date"},{"type":"datetime"},{"type":"localdatetime"},{"type":"time"},{"type":"duration"},{"type":"point"},null,null,null,null,null,null,null]}]}],"errors":[],"lastBookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWNDyQ"]}""";

    public const string TwoStatements =
        """{"results":[{"columns":["a","r","b"],"data":[{"row":[{"born":"1990-05-17","name":"Ann","id":"p1"},{"since":2020},{"name":"Bob","id":"p2"}],"meta":[{"id":10,"elementId":"4:7463bfeb-1d50-4551-9875-c0164f349634:10","type":"node","deleted":false},{"id":4,"elementId":"5:7463bfeb-1d50-4551-9875-c0164f349634:4","type":"relationship","deleted":false},{"id":11,"elementId":"4:7463bfeb-1d50-4551-9875-c0164f349634:11","type":"node","deleted":false}]}],"stats":{"contains_updates":true,"nodes_created":2,"nodes_deleted":0,"properties_set":6,"relationships_created":1,"relationship_deleted":0,"labels_added":2,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0,"contains_system_updates":false,"system_updates":0}},{"columns":["id","name"],"data":[{"row":["p1","Ann"],"meta":[null,null]},{"row":["p2","Bob"],"meta":[null,null]}]}],"errors":[],"lastBookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWNDyQ"]}""";

    public const string SyntaxError =
        """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETURN': expected a graph pattern, a parameter, ')', ':', 'IS', 'WHERE' or '{' (line 1, column 10 (offset: 9))\n\"MATCH (n RETURN n\"\n          ^"}]}""";

    /// <summary>Three statements; the second divides by zero: 200, and the whole request rolled back.</summary>
    public const string RuntimeErrorInSecondStatement =
        """{"results":[{"columns":[],"data":[]},{"columns":["boom"],"data":[]}],"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";

    /// <summary>The Query API's recorded uniqueness violation, in the transactional API's 200 + errors shape.</summary>
    public const string ConstraintViolation =
        """{"results":[],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(8) already exists with label `Person` and property `id` = 'p1'"}]}""";

    public const string EnterpriseOnlyConstraint =
        """{"results":[],"errors":[{"code":"Neo.DatabaseError.Schema.ConstraintCreationFailed","message":"Unable to create Constraint( name='person_born_type', type='NODE PROPERTY TYPE', schema=(:Person {born}), propertyType=DATE ):\nProperty type constraint requires Neo4j Enterprise Edition. Note that only the first found violation is shown."}]}""";

    /// <summary>Constructed: a transient error in the recorded error shape (deadlocks cannot be provoked on demand).</summary>
    public const string TransientDeadlock =
        """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[transactionId=42] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=41]} on NODE(7)"}]}""";

    public const string ReturnOne =
        """{"results":[{"columns":["one"],"data":[{"row":[1],"meta":[null]}]}],"errors":[],"lastBookmarks":["FB:kcwQ7QxtPBR4TSmVv29N+/XSawOQ"]}""";

    public const string NoAuthHeader =
        """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""";

    public const string InvalidCredential =
        """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""";

    public const string UnknownDatabase =
        """{"results":[],"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"The database requested does not exists. Requested database name: 'nosuchdb'."}]}""";

    public const string OpenTransaction =
        """{"results":[{"columns":["one"],"data":[{"row":[1],"meta":[null]}]}],"errors":[],"commit":"http://127.0.0.1:7474/db/neo4j/tx/26/commit","transaction":{"expires":"Sun, 22 Nov 2026 19:12:13 GMT"}}""";

    public const string CommitTransaction =
        """{"results":[],"errors":[],"commit":"http://127.0.0.1:7474/db/neo4j/tx/25/commit","lastBookmarks":["FB:kcwQdGO/6x1QRVGYdcAWTzSWND2Q"]}""";

    public const string RollBack = """{"results":[],"errors":[]}""";

    public static FakeNeo4j.Reply Ok(string body) => new(HttpStatusCode.OK, body);
    public static FakeNeo4j.Reply Created(string body, string location) => new(HttpStatusCode.Created, body, location);
    public static FakeNeo4j.Reply Unauthorized(string body) => new(HttpStatusCode.Unauthorized, body);
    public static FakeNeo4j.Reply NotFound(string body) => new(HttpStatusCode.NotFound, body);
}
