#include "PendingObject.h"

#include <QSet>
#include <algorithm>

namespace sa::ui {

PendingObject::PendingObject(const core::DirectoryObject& stored) : m_stored(stored)
{
}

void PendingObject::reset(const core::DirectoryObject& stored)
{
    m_stored = stored;
    m_pending.clear();
    m_editor.clear();
    m_shown.clear();
    m_reported.clear();
}

void PendingObject::loaded(const PropertyPage* page, const core::DirectoryObject& shown)
{
    m_shown.insert(page, shown.values);
    m_reported.remove(page); // a page forgets its edits when it is loaded
}

core::AttributeValues PendingObject::applied(const core::AttributeValues& base,
                                             const QList<core::AttributeChange>& changes)
{
    core::AttributeValues out;
    for (const core::AttributeChange& c : changes) {
        QStringList values = out.contains(c.attribute) ? out.value(c.attribute) : base.value(c.attribute);
        switch (c.op) {
        case core::AttributeChange::Op::Replace:
            values = c.values;
            break;
        case core::AttributeChange::Op::Add:
            for (const QString& v : c.values) {
                if (!values.contains(v))
                    values << v;
            }
            break;
        case core::AttributeChange::Op::Remove:
            for (const QString& v : c.values)
                values.removeAll(v);
            break;
        }
        out.insert(c.attribute, values);
    }
    return out;
}

void PendingObject::record(const PropertyPage* page, const QList<core::AttributeChange>& changes)
{
    const core::AttributeValues shown = m_shown.value(page, m_stored.values);
    const core::AttributeValues now = applied(shown, changes);
    const core::AttributeValues before = m_reported.value(page);
    QSet<QString> attributes;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        attributes.insert(it.key());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        attributes.insert(it.key());
    for (const QString& a : std::as_const(attributes)) {
        const QStringList newValues = now.contains(a) ? now.value(a) : shown.value(a);
        const QStringList oldValues = before.contains(a) ? before.value(a) : shown.value(a);
        if (newValues == oldValues)
            continue;
        m_pending.insert(a, newValues);
        m_editor.insert(a, page);
    }
    m_reported.insert(page, now);
}

core::DirectoryObject PendingObject::current() const
{
    core::DirectoryObject o = m_stored;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it.value().isEmpty())
            o.values.remove(it.key());
        else
            o.values.insert(it.key(), it.value());
    }
    return o;
}

core::AttributeValues PendingObject::notShownOn(const PropertyPage* page) const
{
    const core::AttributeValues shown = m_shown.value(page, m_stored.values);
    const core::AttributeValues reported = m_reported.value(page);
    core::AttributeValues out;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (m_editor.value(it.key()) == page)
            continue;
        const QStringList onPage =
            reported.contains(it.key()) ? reported.value(it.key()) : shown.value(it.key());
        if (onPage != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

void PendingObject::showed(const PropertyPage* page, const core::AttributeValues& values)
{
    if (!m_shown.contains(page))
        m_shown.insert(page, m_stored.values);
    core::AttributeValues& shown = m_shown[page];
    core::AttributeValues& reported = m_reported[page];
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        shown.insert(it.key(), it.value());
        reported.remove(it.key());
    }
}

void PendingObject::prefer(const PropertyPage* page, const QString& attribute)
{
    const core::AttributeValues reported = m_reported.value(page);
    if (!reported.contains(attribute))
        return;
    m_pending.insert(attribute, reported.value(attribute));
    m_editor.insert(attribute, page);
}

QList<core::AttributeChange> PendingObject::changes() const
{
    QList<core::AttributeChange> out;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it.value() != m_stored.values.value(it.key()))
            out.append({it.key(), core::AttributeChange::Op::Replace, it.value()});
    }
    return out;
}

QList<PendingObject::Conflict> PendingObject::conflicts() const
{
    QList<Conflict> out;
    for (auto page = m_reported.constBegin(); page != m_reported.constEnd(); ++page) {
        for (auto it = page.value().constBegin(); it != page.value().constEnd(); ++it) {
            const PropertyPage* latest = m_editor.value(it.key());
            if (latest && latest != page.key() && it.value() != m_pending.value(it.key()))
                out.append({it.key(), page.key(), latest, it.value(), m_pending.value(it.key())});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Conflict& a, const Conflict& b) { return a.attribute < b.attribute; });
    return out;
}

} // namespace sa::ui
