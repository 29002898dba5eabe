#include "MailboxRules.h"

#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"
#include "SiteServers.h"

namespace sa::core {

Result<QList<DirectoryObject>> MailboxRules::servers()
{
    if (!m_servers) {
        auto read = SiteServers::of(m_writer.store());
        if (!read)
            return read.error();
        m_servers = read.value();
    }
    return *m_servers;
}

Status MailboxRules::fillIn(const ClassDef& cls, bool creating, QList<AttributeChange>& changes)
{
    if (cls.name == QLatin1String("server") && creating)
        m_servers.reset(); // a server added in this transaction is one mailboxes may live on
    if (cls.name != QLatin1String("mailbox"))
        return {};
    const Schema& schema = Schema::instance();
    bool named = false;
    for (AttributeChange& c : changes) {
        const AttributeDef* def = schema.findAttribute(c.attribute);
        if (!def || def->name != attr::HomeServer || c.op == AttributeChange::Op::Remove)
            continue;
        for (QString& value : c.values) {
            if (value.trimmed().isEmpty())
                continue;
            auto all = servers();
            if (!all)
                return all.error();
            const DirectoryObject* found = SiteServers::match(all.value(), value);
            if (!found)
                return SiteServers::unknown(m_writer.store(), all.value(), value);
            value = found->dn.toString();
            named = true;
        }
    }
    if (!creating || named)
        return {};
    auto all = servers();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return SiteServers::first(m_writer.store()).error();
    changes.append({attr::HomeServer, AttributeChange::Op::Replace, {all->first().dn.toString()}});
    return {};
}

} // namespace sa::core
