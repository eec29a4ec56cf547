#ifndef DOCPIPE_CLD2_SHIM_H
#define DOCPIPE_CLD2_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

/// The three most likely languages of a text, as CLD2 reports them.
typedef struct DocPipeLanguageGuess {
    /// Language codes (ISO 639-1 where one exists, else CLD2's code; "un" when unknown), best first.
    /// Each points to a static string owned by CLD2.
    const char *codes[3];
    /// Percent of the text's letters scored as each language.
    int percents[3];
    /// Each language's score as a ratio to normal text in that language (about 1.0 is typical).
    double scores[3];
    /// Bytes of letters CLD2 scored.
    int text_bytes;
    /// 1 when CLD2 considers the top language reliable.
    int reliable;
} DocPipeLanguageGuess;

/// Guesses the language of `length` bytes of valid UTF-8 plain text with CLD2, giving its best
/// guess even on short text (`kCLDFlagBestEffort`; such a guess is marked not reliable).
void docpipe_cld2_detect(const char *utf8, int length, DocPipeLanguageGuess *guess);

#ifdef __cplusplus
}
#endif

#endif
