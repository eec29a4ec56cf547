#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, which makes encoding.h include the system's
   <unicode/*.h>. Those clash with the ICU headers Foundation ships (UErrorCode defined twice)
   in any module that sees both. DocPipe never touches encoding handlers' internals, so the
   ICU-only fields are hidden here. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
