using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>A person as ingest sees it: the stored values plus what this batch adds (forms, country, role).</summary>
internal sealed class PersonState(Person person, bool isNew)
{
    public string Id { get; } = person.Id;
    public string Name { get; private set; } = person.Name;
    public List<string> Aliases { get; } = [.. person.Aliases];
    public string? CountryCode { get; private set; } = person.CountryCode;
    public string? Role { get; private set; } = person.Role;
    public bool IsNew { get; } = isNew;
    public bool IsChanged { get; private set; }

    public IEnumerable<string> Forms => Aliases.Prepend(Name);

    /// <summary>Adds a written form; the fuller form becomes the name, the other an alias.</summary>
    public void AddForm(string form, string? countryCode)
    {
        form = form.Trim();
        if (CountryCode is null && countryCode is not null) { CountryCode = countryCode; IsChanged = true; }
        if (Forms.Any(f => string.Equals(f, form, StringComparison.OrdinalIgnoreCase))) return;
        if (IsFuller(form, Name))
        {
            Aliases.Add(Name);
            Name = form;
        }
        else Aliases.Add(form);
        Aliases.Remove(Name);
        IsChanged = true;
    }

    public void SetRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role) || role == Role) return;
        Role = role.Trim();
        IsChanged = true;
    }

    private static bool IsFuller(string candidate, string current)
    {
        var (a, b) = (NameKey.Tokens(candidate), NameKey.Tokens(current));
        return a.Count > b.Count || (a.Count == b.Count && string.Concat(a).Length > string.Concat(b).Length);
    }

    public Person ToPerson() => new(Id, Name, Aliases.Distinct().ToList(), CountryCode, Role);
}
