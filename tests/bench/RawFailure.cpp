#include "tests/bench/BenchSupport.h"

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace sa::bench {

void rawFailure(sqlite3* db, const char* who, const char* what)
{
    std::fprintf(stderr, "%s, %s: %s\n", who, what, db ? sqlite3_errmsg(db) : "no database");
    std::exit(1);
}

} // namespace sa::bench
