#include "DirsyncAddressList.h"

#include "DirsyncTemplates.h"

namespace sa::core {

Status DirsyncAddressList::apply(const DirsyncTransaction& t)
{
    switch (t.code) {
    case DirsyncTransaction::Code::Add:
        return put(t.address, t.fullName, DirsyncTemplates::encode(DirsyncTemplates::merged({}, t.fields)));
    case DirsyncTransaction::Code::Delete:
        return drop(t.address);
    case DirsyncTransaction::Code::Modify: {
        auto kept = fieldsOf(t.address);
        if (!kept)
            return kept.error();
        if (Status s = drop(t.address); !s)
            return s;
        return put(t.newAddress, t.newFullName,
                   DirsyncTemplates::encode(
                       DirsyncTemplates::merged(DirsyncTemplates::decode(kept.value()), t.fields)));
    }
    case DirsyncTransaction::Code::Replace:
        return replaceAll(t);
    case DirsyncTransaction::Code::Template:
        return {};
    }
    return {};
}

} // namespace sa::core
