using EnvoyGraph.Extraction;

namespace EnvoyGraph.Bench.Extraction;

/// <summary>
/// A corpus of N articles made in memory from the seed articles: each copy swaps in other names,
/// countries, weekdays and publication dates and shuffles paragraph order a little, so that no two
/// articles are the same text and the extractor cannot profit from identical inputs.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] GivenNames = ["Anna", "Lars", "Marta", "Pedro", "Ines", "Karl", "Eva", "Tomas", "Greta", "Omar", "Rosa", "Luis"];
    private static readonly string[] FamilyNames = ["Berg", "Holm", "Ruiz", "Alves", "Frank", "Weber", "Gruber", "Novak", "Lind", "Haddad", "Vidal", "Quispe"];
    private static readonly (string Country, string Demonym)[] Countries =
        [("Japan", "Japanese"), ("China", "Chinese"), ("Russia", "Russian"), ("India", "Indian"), ("France", "French"), ("Germany", "German")];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static IReadOnlyList<ArticleInput> Build(IReadOnlyList<string> seeds, int count)
    {
        var random = new Random(20171019);
        var corpus = new List<ArticleInput>(count);
        for (var i = 0; i < count; i++)
        {
            var text = seeds[i % seeds.Count];
            var (country, demonym) = Countries[random.Next(Countries.Length)];
            var person = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
            text = text.Replace("Kenji Kanasugi", person).Replace("Kanasugi", person.Split(' ')[1])
                       .Replace("Shigeki Takizaki", person).Replace("Takizaki", person.Split(' ')[1])
                       .Replace("Japanese", demonym).Replace("Japan", country)
                       .Replace("Thursday", Weekdays[random.Next(Weekdays.Length)])
                       .Replace("2017", (2010 + random.Next(15)).ToString())
                       .Replace("2020", (2010 + random.Next(15)).ToString());
            var paragraphs = text.Split("\n\n");
            if (paragraphs.Length > 4 && random.Next(2) == 0)
                (paragraphs[^1], paragraphs[^2]) = (paragraphs[^2], paragraphs[^1]);
            corpus.Add(new ArticleInput($"synthetic/{i:D5}.txt", string.Join("\n\n", paragraphs)));
        }
        return corpus;
    }
}
