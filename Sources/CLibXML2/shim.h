#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's ICU headers clash with Foundation's own copy ("'UErrorCode' has different definitions"). */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* xmlFree is a global function pointer, which Swift cannot call directly. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
