#include "ReplicationBatch.h"

#include "core/directory/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sa::core {

QByteArray ReplicationBatch::toJson() const
{
    QJsonArray list;
    for (const DirectoryObject& o : objects) {
        QJsonObject values;
        for (auto it = o.values.constBegin(); it != o.values.constEnd(); ++it)
            values.insert(it.key(), QJsonArray::fromStringList(it.value()));
        list.append(QJsonObject{{QStringLiteral("guid"), o.guid},
                                {QStringLiteral("class"), o.cls ? o.cls->name : QString()},
                                {QStringLiteral("dn"), o.dn.toString()},
                                {QStringLiteral("usnChanged"), QString::number(o.usnChanged)},
                                {QStringLiteral("whenCreated"), o.whenCreated.toString(Qt::ISODate)},
                                {QStringLiteral("whenChanged"), o.whenChanged.toString(Qt::ISODate)},
                                {QStringLiteral("deleted"), o.deleted},
                                {QStringLiteral("values"), values}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                     {QStringLiteral("organization"), organization},
                                     {QStringLiteral("site"), site},
                                     {QStringLiteral("since"), QString::number(since)},
                                     {QStringLiteral("upTo"), QString::number(upTo)},
                                     {QStringLiteral("more"), more},
                                     {QStringLiteral("objects"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<ReplicationBatch> ReplicationBatch::fromJson(const QByteArray& json)
{
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::InvalidArgument, Phrase::tr("not a replication batch: %1").arg(why));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return bad(error.errorString());
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("v")).toInt() != 1)
        return bad(QStringLiteral("not version 1"));
    ReplicationBatch b;
    b.organization = top.value(QStringLiteral("organization")).toString();
    b.site = top.value(QStringLiteral("site")).toString();
    bool sinceOk = false;
    bool upToOk = false;
    b.since = top.value(QStringLiteral("since")).toString().toLongLong(&sinceOk);
    b.upTo = top.value(QStringLiteral("upTo")).toString().toLongLong(&upToOk);
    b.more = top.value(QStringLiteral("more")).toBool();
    if (b.organization.isEmpty() || b.site.isEmpty() || !sinceOk || !upToOk || b.upTo < b.since)
        return bad(QStringLiteral("no organization, site or USN range"));
    for (const QJsonValue& item : top.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject j = item.toObject();
        DirectoryObject o;
        o.guid = j.value(QStringLiteral("guid")).toString();
        o.cls = Schema::instance().findClass(j.value(QStringLiteral("class")).toString());
        auto dn = Dn::parse(j.value(QStringLiteral("dn")).toString());
        bool usnOk = false;
        o.usnChanged = j.value(QStringLiteral("usnChanged")).toString().toLongLong(&usnOk);
        if (o.guid.isEmpty() || !o.cls || !dn || !usnOk)
            return bad(QStringLiteral("an object without a GUID, a known class, a DN or a USN"));
        o.dn = dn.value();
        o.whenCreated = QDateTime::fromString(j.value(QStringLiteral("whenCreated")).toString(), Qt::ISODate);
        o.whenChanged = QDateTime::fromString(j.value(QStringLiteral("whenChanged")).toString(), Qt::ISODate);
        o.deleted = j.value(QStringLiteral("deleted")).toBool();
        const QJsonObject values = j.value(QStringLiteral("values")).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            QStringList list;
            for (const QJsonValue& v : it.value().toArray())
                list << v.toString();
            o.values.insert(it.key(), list);
        }
        b.objects.append(o);
    }
    return b;
}

} // namespace sa::core
