#include "CFuzzDriver.h"
#include <stdio.h>

/// Stand-in used when the fuzz target is built without -sanitize=fuzzer (an ordinary
/// `swift build`); the real driver from libFuzzer replaces it in `make fuzz` builds.
__attribute__((weak)) int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size)) {
    (void)argc; (void)argv; (void)callback;
    fprintf(stderr, "DocPipeFuzz was built without -sanitize=fuzzer; run `make fuzz`\n");
    return 2;
}
