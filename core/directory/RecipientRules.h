#pragma once

#include "DirectoryObject.h"
#include "WriterRule.h"
#include "core/common/Error.h"

#include <QStringList>
#include <optional>

namespace sa::core {

class DirectoryWriter;

/// The rules the directory keeps for recipients and references, applied by the writer inside its
/// transaction, so the window, siteadminctl and imports all get them:
///  - a new recipient gets the e-mail addresses of the site's Site Addressing templates it lacks
///    (a custom recipient's target address becomes its primary address of that type), numbered
///    (alias2@...) when the plain one is taken;
///  - an alias is unique in the site, an e-mail address in the organization as far as this site
///    knows; the error names the other object;
///  - a reference (Member, Manager, Owner, ...) names an object that exists, and deleting an object
///    takes it out of every reference to it.
class RecipientRules : public WriterRule
{
public:
    explicit RecipientRules(DirectoryWriter& writer) : m_writer(writer) {}

    /// Generated addresses, then check.
    Status beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values) override;
    /// Check; a change to Site Addressing makes the templates be read again.
    Status beforeModify(const DirectoryObject& current, const AttributeValues& values,
                        const QStringList& touched) override;
    /// dropReferencesTo.
    Status beforeRemove(const DirectoryObject& object) override;

    Status addGeneratedAddresses(const ClassDef& cls, AttributeValues& values, qint64 selfId);
    /// `changed` are the attributes written by this change (all of them for a new object).
    Status check(const ClassDef& cls, qint64 selfId, const AttributeValues& values,
                 const QStringList& changed);
    Status dropReferencesTo(const DirectoryObject& object);

private:
    /// Site Addressing changed in this transaction: read its templates again.
    void forgetSiteTemplates() { m_templates.reset(); }
    /// Who else (live, not `selfId`) carries one of `values` in `attributes`; nothing when free.
    Result<std::optional<std::pair<QString, QString>>> takenBy(const QString& kind, const QStringList& values,
                                                               qint64 selfId);
    Result<QStringList> siteTemplates();

    DirectoryWriter& m_writer;
    std::optional<QStringList> m_templates;
};

} // namespace sa::core
