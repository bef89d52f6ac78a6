extension Lexicon {
    /// Words that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some",
        "all", "any", "each", "every", "many", "several", "no", "both", "few", "most", "such", "another", "other",
    ]

    /// Prepositions; `of` binds to the noun before it and is treated apart when phrases are cut.
    static let prepositions: Set<String> = [
        "in", "on", "at", "by", "for", "with", "from", "to", "of", "into", "onto", "over", "under", "between", "among",
        "amongst", "during", "since", "until", "till", "through", "throughout", "across", "against", "about", "after",
        "before", "around", "within", "without", "toward", "towards", "upon", "via", "per", "despite", "amid", "amidst",
        "near", "beyond", "behind", "below", "above", "outside", "inside", "along", "alongside", "besides", "like",
        "unlike", "than", "except", "regarding", "concerning", "following", "off", "onto", "past",
    ]

    /// Conjunctions that join two clauses or two phrases of the same kind.
    static let coordinators: Set<String> = ["and", "or", "but", "yet", "nor"]

    /// Conjunctions that open a subordinate clause.
    static let subordinators: Set<String> = [
        "while", "whereas", "although", "though", "because", "if", "unless", "whether", "once", "whenever",
    ]

    /// Pronouns that open a relative clause after a comma.
    static let relativePronouns: Set<String> = ["which", "who", "whom", "whose", "where", "when"]

    /// Personal pronouns: a title must not start with one (nothing tells the reader who it is).
    static let personalPronouns: Set<String> = [
        "it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "one",
    ]

    /// Forms of *be*, *have* and *do*, and the modal verbs.
    static let auxiliaries: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    ]

    /// Modal verbs, which headlines keep as they are.
    static let modals: Set<String> = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]

    /// Words a title must not end with: they promise more words.
    static let danglingWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "and", "or", "but", "to",
        "of", "in", "on", "at", "by", "for", "with", "from", "as", "than", "which", "who", "whose", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "not", "no", "about", "over", "into", "between", "among", "during", "since", "until", "including", "such",
        "more", "less", "some", "all", "any", "each", "every", "many", "several", "both", "very", "also", "while",
        "where", "when", "if", "because", "although", "though", "whether", "per", "like", "under", "through", "after",
        "before", "around", "within", "without", "up", "out", "so", "yet", "nor", "its", "our", "one", "two",
    ]

    /// Nouns that are plural without a final *s*, for subject–verb agreement.
    static let irregularPlurals: Set<String> = [
        "people", "children", "women", "men", "police", "media", "data", "cattle", "staff", "personnel", "clergy",
        "youth", "militia", "military", "authorities", "chinese", "japanese", "vietnamese", "sudanese", "lebanese",
    ]

    /// Nouns ending in *s* that are singular ("the US announces", "the news spreads").
    static let singularsInS: Set<String> = [
        "us", "news", "series", "species", "status", "crisis", "basis", "analysis", "thesis", "census", "bus", "gas",
        "campus", "virus", "consensus", "corpus", "bonus", "focus", "process", "congress", "press", "class", "glass",
        "mass", "progress", "access", "success", "address", "business", "witness", "illness", "ss", "is", "was", "has",
        "his", "this", "its", "physics", "politics", "economics", "statistics", "diabetes", "measles", "mumps",
        "lens", "atlas", "canvas", "alias", "bias", "chaos", "ethos", "pathos", "paris", "texas", "kansas",
        "arkansas", "honduras", "barbados", "bahamas", "philippines", "netherlands", "nations", "states", "emirates",
        "maldives", "seychelles", "comoros", "mauritius", "cyprus", "belarus", "laos", "watch", "aids", "covid",
    ]
}
