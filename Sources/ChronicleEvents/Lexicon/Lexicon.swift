/// The word lists the extractor reads, one list per file in `Lexicon/`, with no logic in them.
///
/// Every list is lowercase. Lists of verbs hold the forms as they appear in text; `VerbForms`
/// turns past forms into present ones.
enum Lexicon {}
