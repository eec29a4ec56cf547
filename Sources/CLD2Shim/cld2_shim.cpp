#include "cld2_shim.h"
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" void docpipe_cld2_detect(const char *utf8, int length, DocPipeLanguageGuess *guess) {
    CLD2::Language language3[3];
    int percent3[3];
    double normalized3[3];
    int textBytes = 0;
    bool reliable = false;
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::ExtDetectLanguageSummary(
        utf8, length, true, &hints, CLD2::kCLDFlagBestEffort,
        language3, percent3, normalized3, nullptr, &textBytes, &reliable);
    for (int index = 0; index < 3; index++) {
        guess->codes[index] = CLD2::LanguageCode(language3[index]);
        guess->percents[index] = percent3[index];
        guess->scores[index] = normalized3[index];
    }
    guess->text_bytes = textBytes;
    guess->reliable = reliable ? 1 : 0;
}
