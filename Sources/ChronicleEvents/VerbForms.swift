/// English verb forms, for headlines written in the present tense: "vetoed" → "vetoes",
/// "were mobilized" → "mobilized", "fled" → "flee"/"flees".
enum VerbForms {
    /// The base form of a past (simple past or participle) form, or nil when `word` does not
    /// look like one. `word` is lowercase.
    static func base(ofPast word: String) -> String? {
        if let base = Lexicon.irregularPasts[word] { return base }
        if let base = Lexicon.pastExceptions[word] { return base }
        guard word.count >= 4, word.hasSuffix("ed") else { return nil }
        if word.hasSuffix("ied") {
            let stem = String(word.dropLast(3))
            // "died", "tied", "lied" keep their "ie"; "tried", "relied" become "try", "rely".
            return stem.count == 1 ? stem + "ie" : stem + "y"
        }
        if word.hasSuffix("eed") {
            return Lexicon.baseFormsInEed.contains(word) ? nil : String(word.dropLast())
        }
        let stem = String(word.dropLast(2))
        let letters = Array(stem)
        if letters.count >= 3, letters[letters.count - 1] == letters[letters.count - 2] {
            let last = letters[letters.count - 1]
            if "bgmnprt".contains(last) { return String(stem.dropLast()) }
            if last == "l", syllables(in: stem) >= 2 { return String(stem.dropLast()) }
        }
        if stem.hasSuffix("e") { return stem }
        if syllables(in: stem) == 1, endsInOneVowelAndConsonant(letters) { return stem + "e" }
        var best: SilentEEnding?
        for entry in Lexicon.silentEEndings where stem.hasSuffix(entry.ending) {
            if entry.ending.count > best?.ending.count ?? 0 { best = entry }
        }
        return best?.addsE == true ? stem + "e" : stem
    }

    /// The third-person singular present: "veto" → "vetoes", "carry" → "carries".
    static func thirdPerson(_ base: String) -> String {
        if let irregular = Lexicon.irregularPresents[base] { return irregular }
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x")
            || base.hasSuffix("z") || base.hasSuffix("o")
        {
            return base + "es"
        }
        if base.hasSuffix("y"), base.count >= 2, !isVowel(Array(base)[base.count - 2]) {
            return String(base.dropLast()) + "ies"
        }
        return base + "s"
    }

    /// The present form for a subject: "returns" (singular) or "return" (plural).
    static func present(_ base: String, plural: Bool) -> String {
        if base == "be" { return plural ? "are" : "is" }
        return plural ? base : thirdPerson(base)
    }

    /// The base form of a third-person present ("holds" → "hold"), or nil when `word` does not
    /// end like one.
    static func base(ofPresent word: String) -> String? {
        if word == "has" { return "have" }
        if word == "is" { return "be" }
        if word == "does" { return "do" }
        guard word.count >= 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        else { return nil }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    /// Vowel groups, counting *qu* as a consonant and a final silent *e* as none.
    static func syllables(in word: String) -> Int {
        let letters = Array(word)
        var count = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            var vowel = isVowel(letter)
            if letter == "u", index > 0, letters[index - 1] == "q" { vowel = false }
            if letter == "y", index == 0 { vowel = false }
            if vowel && !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        return max(count, 1)
    }

    /// "vot", "rul", "shar": one vowel, then one consonant other than w, x or y.
    private static func endsInOneVowelAndConsonant(_ letters: [Character]) -> Bool {
        guard letters.count >= 2 else { return false }
        let last = letters[letters.count - 1]
        let vowel = letters[letters.count - 2]
        guard !isVowel(last), !"wxy".contains(last), isVowel(vowel) else { return false }
        if letters.count >= 3, isVowel(letters[letters.count - 3]) {
            // "qu" is a consonant: "quot" → "quote".
            return letters[letters.count - 3] == "u" && letters.count >= 4 && letters[letters.count - 4] == "q"
        }
        return true
    }

    static func isVowel(_ letter: Character) -> Bool { "aeiouy".contains(letter) }
}
