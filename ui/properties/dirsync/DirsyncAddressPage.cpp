#include "DirsyncAddressPage.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/properties/ReferenceField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

DirsyncAddressPage::DirsyncAddressPage(QWidget* parent)
    : PropertyPage(parent), m_explanation(new QLabel),
      m_address(new ReferenceField(QStringLiteral("dirsyncAddress"), tr("Dir-Sync Address"), false))
{
    setObjectName(QStringLiteral("dirsyncAddressPage"));
    m_explanation->setObjectName(QStringLiteral("dirsyncAddressExplanation"));
    m_explanation->setWordWrap(true);
    m_address->setModifyText(tr("Dirsync &Address..."));
    // The $SYSTEM custom recipients are hidden from the address book: the picker shows them, and only
    // them (issue 20: it offered every custom recipient).
    core::ListFilter systemMailboxes{{QStringLiteral("custom-recipient")}, true};
    systemMailboxes.valueAttribute = attr::TargetAddress;
    systemMailboxes.valuePattern = QStringLiteral("MS:%/%/$SYSTEM");
    m_address->setFilter(systemMailboxes);
    marks(m_address->edit(), attr::DxaDirsyncAddress);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Dir-Sync address:"), m_address->edit()), m_address);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_address, &ReferenceField::changed, this, &PropertyPage::edited);
}

void DirsyncAddressPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_address->setStore(store());
    m_address->setDn(object.value(attr::DxaDirsyncAddress));
    const QString postoffice = object.value(attr::DxaReqName);
    const bool made = isNew(object) && !postoffice.isEmpty();
    m_address->setEnabled(!made && !object.isReplica());
    if (made) {
        m_address->edit()->setText(QStringLiteral("%1/$SYSTEM").arg(postoffice));
        m_explanation->setText(
            tr("%1 is a postoffice of this site's MS Mail Connector: the hidden custom "
               "recipient %1/$SYSTEM is made with the requestor and receives its dirsync mail.")
                .arg(postoffice));
    } else if (const QString chosen = m_address->edit()->text(); !isNew(object) && !chosen.isEmpty()) {
        m_explanation->setText(
            object.isReplica()
                ? tr("This requestor's dirsync mail goes to %1, the postoffice's $SYSTEM mailbox.")
                      .arg(chosen)
                : tr("This requestor's dirsync mail goes to %1, the postoffice's $SYSTEM mailbox (an MS Mail "
                     "custom recipient, hidden from the address book). To send it to another, choose it with "
                     "Dirsync Address...")
                      .arg(chosen));
    } else {
        m_explanation->setText(
            tr("Dirsync mail for this requestor goes to an MS Mail custom recipient "
               "NETWORK/POSTOFFICE/$SYSTEM. Make one with File > New Custom Recipient > "
               "Microsoft Mail Address (mailbox $system, hidden from the address book), then "
               "choose it with Dirsync Address..."));
    }
}

QList<core::AttributeChange> DirsyncAddressPage::changes() const
{
    if (!m_address->isEnabled() || m_address->dn() == m_object.value(attr::DxaDirsyncAddress))
        return {};
    return {{attr::DxaDirsyncAddress, core::AttributeChange::Op::Replace, {m_address->dn()}}};
}

QString DirsyncAddressPage::validate() const
{
    if (!m_address->isEnabled())
        return {};
    if (m_address->dn().isEmpty())
        return problemIn(m_address->edit(),
                         tr("Choose the requestor's Dir-Sync Address with Dirsync Address..."));
    if (!store())
        return {};
    auto dn = core::Dn::parse(m_address->dn());
    auto o = dn ? store()->object(dn.value()) : core::Result<core::DirectoryObject>(dn.error());
    const QString target = o ? o->value(attr::TargetAddress) : QString();
    const QStringList parts = core::AddressSyntax::valueOf(target).split(QLatin1Char('/'));
    if (!o || o->cls->name != QLatin1String("custom-recipient") ||
        core::AddressSyntax::typeOf(target).compare(QLatin1String("MS"), Qt::CaseInsensitive) != 0 ||
        parts.size() != 3 || parts.at(2).compare(QLatin1String("$SYSTEM"), Qt::CaseInsensitive) != 0)
        return tr("The Dir-Sync Address must be an MS Mail custom recipient NETWORK/POSTOFFICE/$SYSTEM; %1 "
                  "is not one.")
            .arg(o ? o->displayName() : m_address->dn());
    // Said here, when the address is chosen, not at Finish (issue 20): a postoffice has one requestor.
    const QString postoffice = parts.at(0) + QLatin1Char('/') + parts.at(1);
    auto requestors = store()->objectsOf(core::ListFilter{
        {QStringLiteral("remote-dirsync-requestor"), QStringLiteral("dirsync-requestor")}, true});
    for (const core::DirectoryObject& r : requestors ? requestors.value() : QList<core::DirectoryObject>()) {
        if (r.id != m_object.id && (r.value(attr::DxaReqName).compare(postoffice, Qt::CaseInsensitive) == 0 ||
                                    r.value(attr::DxaDirsyncAddress) == m_address->dn()))
            return tr("%1 already has a requestor, %2, which receives its dirsync mail at %3. A postoffice "
                      "has "
                      "one requestor: open that one, or choose the $SYSTEM recipient of another postoffice.")
                .arg(postoffice.toUpper(), r.displayName(), o->displayName());
    }
    return {};
}

} // namespace sa::ui
