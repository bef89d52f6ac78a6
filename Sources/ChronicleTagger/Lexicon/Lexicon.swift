/// The word lists the rules read: typed tables, one list per file, with no logic in them.
///
/// `Vocabulary` compiles them once into a lookup table; rules refer to them through token classes.
enum Lexicon {}
