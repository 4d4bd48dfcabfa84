namespace EnvoyGraph.Extraction.Tests;

/// <summary>Who "he" or "she" is when it opens a meeting clause, on sentences written for these tests (issue 3).</summary>
public class PronounSubjectTests
{
    private static IEnumerable<string> People(EnvoyGraph.Extraction.Facts.ArticleFacts facts) =>
        facts.Meetings.Select(m => string.Join(" + ", m.Participants.Order()));

    [Fact]
    public void He_in_the_next_sentence_is_the_subject_of_the_last_one_not_the_person_last_named()
    {
        var facts = Extract.From("Oct 30, 2023 - 10:00",
            "The regional envoy for the Sahel, Ines Moreau, met Prime Minister Amadou Diallo in Bamako on Saturday.",
            "On Sunday she travelled to Mopti, where she held talks with governor Seydou Keita.");

        Assert.Equal(["Amadou Diallo + Ines Moreau", "Ines Moreau + Seydou Keita"], People(facts));
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_subject_he_refers_to()
    {
        var facts = Extract.From("Oct 30, 2023 - 10:00",
            "After her talks with Prime Minister Amadou Diallo on Saturday, envoy Ines Moreau praised the plan.",
            "She later met opposition leader Seydou Keita.");

        Assert.Contains("Ines Moreau + Seydou Keita", People(facts));
        Assert.DoesNotContain("Amadou Diallo + Seydou Keita", People(facts));
    }

    [Fact]
    public void He_after_a_named_subject_earlier_in_the_sentence_is_that_person()
    {
        var facts = Extract.From("Feb 6, 2020 - 10:00",
            "Envoy Carl Lindqvist last visited Oslo in December, when he held talks with Norwegian mediator Per Aasen.");

        Assert.Equal(["Carl Lindqvist + Per Aasen"], People(facts));
    }

    [Fact]
    public void A_definite_description_opening_a_sentence_carries_its_person_to_the_next_he()
    {
        var facts = Extract.From("Oct 30, 2023 - 10:00",
            "Prime Minister Tom Reid met with Chinese Foreign Minister Wang Yi on Wednesday afternoon.",
            "The Chinese foreign minister signed the prime minister's guest book.",
            "He also met with opposition leader Sam Hart.");

        Assert.Contains("Sam Hart + Wang Yi", People(facts));
        Assert.DoesNotContain("Sam Hart + Tom Reid", People(facts));
    }
}
