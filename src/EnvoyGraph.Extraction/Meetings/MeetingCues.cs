using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The grammar of meeting sentences: words that report an encounter, mark it as planned, deny it or
/// only wish for it, tell its mode, and refer back to people or talks already named.
/// </summary>
internal static partial class MeetingCues
{
    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|meetings|talks|talked|talk with|discussion|discussions|consultations?|conversation|conversations|phone call|telephone call|call with|calls with|phone conversation|spoke (?:with|to|by|over)|speaks (?:with|to|by)|speak (?:with|to|by)|session|sessions|dialogue|summit|video ?conference|videoconference|(?:sat|sit|sits) down with|tete-a-tete|tête-à-tête|held a call|received|welcomed|hosted|audience with|courtesy call|by (?:tele)?phone|phoned|calling on|discussed with|exchanges? (?:of views )?with|joint (?:press|news) conference with|jointly (?:announced|signed|issued|unveiled|launched|declared|inaugurated)|call(?=\s*[—–-]\s*between\b)|spoke(?=\s+(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?:with|to)\b))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:not|never|no|neither|nor|didn't|did not|won't|will not|cancel(?:l)?ed|postponed|called off|declined|refused|rejected|without|used to|yet to)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Negation();

    /// <summary>Wished-for or speculated meetings. "may" counts only in lower case: "May 9" is a date.</summary>
    [GeneratedRegex(@"\b(?:hope|hopes|hoped|hoping|wish|wishes|might|(?-i:may)|could|possible|possibly|proposed|propose|offered|offer|invited|invitation|seek|seeks|sought|want|wants|wanted|would like|ready to|willing to|if|whether|unless|speculat\w*|rumou?r\w*|considering|consider)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Speculation();

    [GeneratedRegex(@"\b(?:will|shall|is to|are to|was to|were to|scheduled|is set to|are set to|set to|plans? to|planning to|is expected to|are expected to|expected to|due to|upcoming|to meet|to hold|to visit|would|slated|going to|agreed to meet|arrive[sd]? in|tomorrow|next (?:week|month)|later this (?:week|month)|(?:is|are) (?:meeting|holding|hosting)|likely to|preparing to|preparations? for|in the works|announced (?:an?|the|plans for) (?:[\w'‘’-]+ ){0,3}(?:summit|meeting|talks|visit|round))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Planned();

    /// <summary>
    /// "headed to Paris to meet", "travelled to Seoul to hold talks": a purpose already carried out. Only a
    /// past verb of going counts: "is scheduled to meet", "expected to meet" announce a meeting.
    /// </summary>
    [GeneratedRegex(@"\b(?:headed|went|flew|came|left|travell?ed|returned|rushed|drove|moved|proceeded|stopped|dropped by|met)\b[^.;]{0,40}\bto (?:meet|hold|visit|sit)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PastPurpose();

    /// <summary>"A meeting between A and B is in the works", "talks ... are scheduled for Friday": planned, said after the noun.</summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:in the works|being (?:prepared|planned|arranged|organi[sz]ed)|planned|scheduled|expected|slated|set)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PlannedAfter();

    /// <summary>"the six-party talks": the name of a negotiating forum, not a meeting of the people the sentence names.</summary>
    [GeneratedRegex(@"\b[\w]+-party\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex ForumBefore();

    [GeneratedRegex(@"\b(?:phone|telephone|phoned|by call|call with|calls with|held a call|on the phone|over the phone|called)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Phone();

    [GeneratedRegex(@"\b(?:video|videoconference|virtual|virtually|online meeting|via video)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Video();

    [GeneratedRegex(@"\b(?:in[- ]person|face[- ]to[- ]face|visit|visited|visiting|sidelines)\b", RegexOptions.IgnoreCase)]
    public static partial Regex InPerson();

    [GeneratedRegex(@"\b(?:three-way|trilateral|three-party|three-nation|tripartite|trio)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ThreeWay();

    /// <summary>Words that make one meeting of several people: "trilateral", "together", "a delegation".</summary>
    [GeneratedRegex(@"\b(?:three-way|trilateral|four-way|quadrilateral|multilateral|tripartite|joint|jointly|together|delegation|conference|between|group|all)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Joint();

    /// <summary>People named before: "they", "the two", "the two sides", "the envoys", "their talks".</summary>
    [GeneratedRegex(@"\b(?:they|the two(?: sides| envoys| officials| diplomats| ministers| men| negotiators| top diplomats)?(?!\s+(?:(?-i:\p{Lu})|(?:countries|nations|neighbou?rs|governments|states|capitals|allies|economies|powers)\b))|both sides|the (?:top |chief |nuclear |nuke |top nuclear |chief nuclear )*envoys|the three(?: envoys| sides)?|the trio|their (?:[\w-]+ ){0,3}(?:meeting|talks|call|conversation|session|discussion|consultation))\b", RegexOptions.IgnoreCase)]
    public static partial Regex GroupReference();

    /// <summary>"the talks", "this meeting", "their conversation": talks already reported.</summary>
    [GeneratedRegex(@"\b(?:the|this|that|their|these|those)\s+(?:[\w-]+\s+){0,3}?$", RegexOptions.IgnoreCase)]
    public static partial Regex DefiniteBefore();

    /// <summary>Words that open a clause about another event ("amid tensions after the test last month").</summary>
    [GeneratedRegex(@"\b(?:after|amid|following|since|because|while|although|though|as|before|when|whereas|ahead of|prior to)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ClauseBreak();

    /// <summary>Where a clause about other people starts: a subordinate clause, a relative clause, reported speech.</summary>
    [GeneratedRegex(@"\b(?:after|amid|following|since|because|while|although|though|whereas|ahead of|prior to)\b|,\s*(?:as|when|before)\b|,\s*(?:in which|during which|which|where|whom)\b|,\s*(?-i:(?!including\b)[a-z]+ing)\b|\bwhere\b|\b(?:said|says|told|added|noted|stressed)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ParticipantClauseBreak();

    /// <summary>
    /// "and talked", "and then had", "and she will meet": "and" opening a new verb phrase. The word after it
    /// must read as a verb ("and talks" may be the noun, "and his deputy" is a person list).
    /// </summary>
    [GeneratedRegex(@"\band\s+(?:then\s+|also\s+|later\s+|subsequently\s+|afterwards\s+)?(?:(?:he|she|they)\s+)?(?=(?:\w+ed|had|has|have|held|holds?|met|meets?|will|would|is|was|are|were|spoke|speaks?|sat|sits?|went|goes|made|makes|took|takes|paid|pays|follow|follows|plans?|talked|phoned|also|then)\b)", RegexOptions.IgnoreCase)]
    public static partial Regex VerbAfterAnd();

    /// <summary>"... between A and B" right after the meeting word, or set off by dashes: "the call — between A, the U.S. envoy, and B —".</summary>
    [GeneratedRegex(@"\G(?:\s+(?:held\s+)?between\s+[^,;.]*?\band\b|\s*[—–-]\s*between\s+[^—–;]{1,200}?\band\b)", RegexOptions.IgnoreCase)]
    public static partial Regex BetweenAfter();

    /// <summary>
/// "A and B attended the talks", "the gathering was attended by A, B", "the meeting brought together A, B": people
/// who join a meeting already reported. Whatever "was attended by" is an event, so any noun before it counts.
/// </summary>
    [GeneratedRegex(@"\b(?:attended|joined|took part in|participated in|sat in on|(?:was|were) (?:also )?present at)\s+(?:the|that|this|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|session|discussions?|gathering|consultations)\b|\b(?:the|that|this)\s+(?:[\w-]+\s+){1,3}?(?:was|were)\s+(?:also\s+)?attended\s+by\b|\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|gathering|session|conference|summit|consultations|forum)\s+(?:also\s+)?(?:brought|brings)\s+together\b", RegexOptions.IgnoreCase)]
    public static partial Regex JoinedTheTalks();

    /// <summary>"The delegation, led by X, included A and B": members of a delegation whose leader met someone.</summary>
    [GeneratedRegex(@"\bdelegation,?\s+(?:headed|led)\s+by\s+(?<leader>[^,]{2,60}?),?\s+(?:also\s+)?(?:included|comprised|consisted of)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DelegationLedBy();

    /// <summary>
    /// "His round of talks with local officials included A, B and C", "They [the meetings] included talks with A
    /// and B": one meeting with each.
    /// </summary>
    [GeneratedRegex(@"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:round of (?:talks|meetings)|talks|meetings|consultations)\b[^.;]{0,80}?\b(?:included|took in|covered)\b|^\W*(?:They|These|Those)\s+(?:also\s+)?included\s+(?:talks|meetings?|discussions|consultations)\s+with\b", RegexOptions.IgnoreCase)]
    public static partial Regex HisRoundIncluded();

    /// <summary>"During the visit, Wu met Pak, Kim and Kim": a visitor's programme is a round of meetings.</summary>
    [GeneratedRegex(@"\b(?:during|in the course of|over the course of) (?:the|his|her|their|this|that) (?:[\w-]+ )?(?:visit|trip|tour|stay)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DuringVisit();

    /// <summary>
    /// "held separate talks with A and B", "met A and B separately": a round of meetings with each, even with
    /// officials of one country.
    /// </summary>
    [GeneratedRegex(@"\bseparate\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations|discussions|calls|sessions|bilaterals?)\b|\b(?:met|meet|meets|talked|spoke)\s+(?:with\s+)?(?:them\s+|each\s+)?separately\b|\bseparately\s+(?:met|meets|meet|held|talked|spoke)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Separate();

    /// <summary>
    /// "the vision agreed upon during the Japan-China summit", "the agreements at the summit": a meeting named as
    /// the source of an agreement. Its people are only those named inside the phrase, not the clause's subject;
    /// it is over (a modal after it belongs to the clause's verb).
    /// </summary>
    [GeneratedRegex(@"\b(?:agreements?|consensus|vision|deal|understanding|commitments?|pledges?|promises?|outcomes?|results?|declaration)\s+(?:(?:agreed(?:\s+(?:upon|on))?|reached|made|achieved|adopted|struck|issued|announced)\s+)?(?:during|at|in|from)\s+the\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    public static partial Regex AgreedAtMeeting();

    /// <summary>"welcomed the decision", "welcomed his statement": a thing welcomed, not a visitor.</summary>
    [GeneratedRegex(@"^\s+(?:the|a|an|this|that|these|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:decision|statement|move|announcement|news|calls?|proposals?|offer|efforts?|initiatives?|reports?|plans?|remarks|comments?|letter|message|appointment|election|release|agreements?|deal|resolution|steps?|progress|outcome|results?|commitments?|support|ceasefire|truce|talks|meeting|visit|return)\b", RegexOptions.IgnoreCase)]
    public static partial Regex WelcomedThing();

    /// <summary>
    /// "After completing his round of meetings", "wrapped up her talks": the meetings expected earlier in the story
    /// have taken place.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:after|upon|on|having)\s+(?:completing|concluding|finishing|wrapping up)|(?:completed|concluded|finished|wrapped up))\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:round|meetings|talks|consultations|tour)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RoundCompleted();

    /// <summary>
    /// "the discussions centered on", "the talks focused on": the meeting just reported, described; its other
    /// time phrases date what it was about ("the plan X outlined last month").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:centered|centred|focused|focussed|covered|touched|dealt|revolved|concentrated|lasted|addressed|tackled)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DescribedAfter();

    /// <summary>"for the second time in a year": the people have met before.</summary>
    [GeneratedRegex(@"\bfor the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) time\b", RegexOptions.IgnoreCase)]
    public static partial Regex NthTime();

    /// <summary>Meeting words that take the people met as objects: "met A and B" can be a round of bilaterals.</summary>
    [GeneratedRegex(@"^(?:met|meet|meets|meeting|sit down with|sits down with|sat down with)$", RegexOptions.IgnoreCase)]
    public static partial Regex MeetVerb();

    /// <summary>"X hosted the foreign ministers' meeting": a gathering with one person named so far.</summary>
    [GeneratedRegex(@"\b(?:hosted|chaired|convened|presided over|opened)\s+(?:the|a)\s+[^.;]{0,80}?\b(?:meeting|talks|conference|summit|gathering|session|forum)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Hosted();

    /// <summary>
    /// "he also met", "she had had talks", "the minister headed to Paris to meet": a pronoun or a bare title as
    /// subject a few words before the meeting word.
    /// </summary>
    [GeneratedRegex(@"\b(?:he|she|the (?:[\w-]+ )?(?:minister|envoy|diplomat|secretary|mediator|negotiator|FM))\s+(?:[\w'’-]+\s+|[""“”]\s*){0,5}[""“]?$", RegexOptions.IgnoreCase)]
    public static partial Regex PronounSubject();

    /// <summary>"said that the minister had received B", "told reporters that ...": speech reported with its own subject.</summary>
    [GeneratedRegex(@"^(?:said|says|told|added|noted|stressed)\b(?:\s+\w+){0,2}?\s+that\s+(?!(?:he|she)\b)", RegexOptions.IgnoreCase)]
    public static partial Regex ReportedClause();

    /// <summary>"In the talks with X, ...": a meeting named in an opening phrase; the main clause is about something else.</summary>
    [GeneratedRegex(@"^\W*(?:In|At|During|Ahead of|After) (?:the|their|his|her|its|this|that) (?:[\w-]+ ){0,3}$", RegexOptions.IgnoreCase)]
    public static partial Regex FrontedPhrase();

    /// <summary>"discussions led by A and B": the people after it are one side of the table.</summary>
    [GeneratedRegex(@"\b(?:led|headed|co-led|chaired)\s+by\b", RegexOptions.IgnoreCase)]
    public static partial Regex LedBy();

    /// <summary>
    /// "agreed to hold the first meeting of the committee", "will promote dialogue", "pursue discussions": an
    /// agreement on future cooperation, right before the meeting word, names no meeting of the people.
    /// </summary>
    [GeneratedRegex(@"\b(?:agreed?|agrees) to (?!meet\b)\w+\s+(?:[\w-]+\s+){0,3}$|\b(?:promot|pursu)(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    public static partial Regex VagueObject();

    /// <summary>"with" right after the meeting word: "the meetings with A and B".</summary>
    [GeneratedRegex(@"\G\s+with\s", RegexOptions.IgnoreCase)]
    public static partial Regex WithAfter();

    /// <summary>"he", "she" anywhere in a stretch of text.</summary>
    [GeneratedRegex(@"\b(?:he|she)\b", RegexOptions.IgnoreCase)]
    public static partial Regex HeOrShe();

    /// <summary>"The talks came a day after ...": the meeting reported is the one after "after".</summary>
    [GeneratedRegex(@"\b(?:came|comes|come|followed|follows)\b[^,;]*?\bafter\b", RegexOptions.IgnoreCase)]
    public static partial Regex CameAfter();

    /// <summary>"envoys of South Korea and Japan", "diplomats from China, Japan and South Korea".</summary>
    [GeneratedRegex(@"\b(?:envoys?|diplomats?|negotiators?|ministers?|officials?|representatives?|delegations?|delegates|chiefs|heads)\s+(?:of|from)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    public static partial Regex CountryGroupLead();

    /// <summary>"... told reporters", "... said on Monday": a speech verb right after a name.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:also|later|earlier|then)\s+)?(?:said|says|told|tells|added|wrote|posted|tweeted)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SpeakerAfter();

    /// <summary>", spokesman [title words]" or ", according to" just before a name: an attribution set off after the news.</summary>
    [GeneratedRegex(@"(?:,|\baccording to)\s*(?:[\w.’'-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    public static partial Regex AttributionBefore();

    /// <summary>", a day after ...", "before ...", "following ...": the clause goes on about another event.</summary>
    [GeneratedRegex(@"\b(?:after|before|since|following|ahead of)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OtherEventAfter();
}
