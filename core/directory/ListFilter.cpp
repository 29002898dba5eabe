#include "ListFilter.h"

#include "Schema.h"

namespace sa::core {

ListFilter ListFilter::containers()
{
    ListFilter f;
    for (const ClassDef& c : Schema::instance().classes()) {
        if (c.container)
            f.classes << c.name;
    }
    return f;
}

} // namespace sa::core
