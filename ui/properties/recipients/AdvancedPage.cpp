#include "AdvancedPage.h"

#include "core/directory/Schema.h"
#include "core/directory/SiteServers.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

AdvancedPage::AdvancedPage(QWidget* parent)
    : FieldsPage(parent), m_trust(new QSpinBox), m_homeLabel(new QLabel(tr("Home &server:"))),
      m_home(new QComboBox), m_hide(new QCheckBox(tr("&Hide from address book"))), m_imported(new QLabel)
{
    setObjectName(QStringLiteral("advancedPage"));
    m_trust->setObjectName(QStringLiteral("trustLevelSpin"));
    m_trust->setRange(0, 100);
    m_home->setObjectName(QStringLiteral("homeServerCombo"));
    m_homeLabel->setBuddy(m_home);
    marks(m_home, attr::HomeServer);
    m_hide->setObjectName(QStringLiteral("hideFromAddressBookCheck"));
    m_imported->setObjectName(QStringLiteral("importedFromLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Trust level:"), m_trust);
    form->addRow(m_homeLabel, m_home);
    form->addRow(tr("Imported from:"), m_imported);
    auto* options = new QGroupBox(tr("Recipient options"));
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_hide);
    auto* note = new QGroupBox(tr("Administrative &note"));
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addWidget(m_fields.line(attr::AdminNote, QStringLiteral("adminNoteEdit")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(options);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_trust, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    connect(m_home, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_hide, &QCheckBox::toggled, this, &PropertyPage::edited);
    m_fields.onEdited(this, &PropertyPage::edited);
}

void AdvancedPage::load(const core::DirectoryObject& object)
{
    FieldsPage::load(object);
    const QSignalBlocker b1(m_trust);
    const QSignalBlocker b2(m_hide);
    const QSignalBlocker b3(m_home);
    m_trust->setValue(object.value(attr::TrustLevel).toInt());
    // Only a mailbox lives on a server; another site's is shown, not moved from here.
    const bool mailbox = object.cls && object.cls->name == QLatin1String("mailbox");
    m_homeLabel->setVisible(mailbox);
    m_home->setVisible(mailbox);
    if (mailbox)
        listServers(object.value(attr::HomeServer));
    m_home->setEnabled(mailbox && !object.isReplica());
    FlagField::load(m_hide, object, attr::HideFromAddressBook);
    const QString imported = object.value(attr::ImportedFrom);
    m_imported->setText(imported.isEmpty() ? tr("(created here)") : imported);
}

QList<core::AttributeChange> AdvancedPage::changes() const
{
    QList<core::AttributeChange> out = FieldsPage::changes();
    const QString trust = QString::number(m_trust->value());
    const QString current = m_object.value(attr::TrustLevel);
    if (trust != (current.isEmpty() ? QStringLiteral("0") : current))
        out.append({attr::TrustLevel, core::AttributeChange::Op::Replace, {trust}});
    FlagField::collect(m_hide, m_object, attr::HideFromAddressBook, out);
    const QString home = m_home->currentData().toString();
    if (m_object.cls && m_object.cls->name == QLatin1String("mailbox") && !home.isEmpty() &&
        home.compare(m_object.value(attr::HomeServer), Qt::CaseInsensitive) != 0)
        out.append({attr::HomeServer, core::AttributeChange::Op::Replace, {home}});
    return out;
}

void AdvancedPage::listServers(const QString& current)
{
    m_home->clear();
    auto servers = store() ? core::SiteServers::of(*store())
                           : core::Result<QList<core::DirectoryObject>>(QList<core::DirectoryObject>());
    if (servers) {
        for (const core::DirectoryObject& server : servers.value())
            m_home->addItem(server.rdn(), server.dn.toString());
    }
    int at = -1;
    for (int i = 0; i < m_home->count() && !current.isEmpty(); ++i) {
        if (m_home->itemData(i).toString().compare(current, Qt::CaseInsensitive) == 0)
            at = i;
    }
    if (at < 0 && !current.isEmpty()) { // another site's server (a replica), or one gone
        m_home->addItem(core::SiteServers::nameOf(current), current);
        at = m_home->count() - 1;
    }
    // A new mailbox without one lives on the site's first server, as the directory would choose.
    m_home->setCurrentIndex(at >= 0 ? at : (m_home->count() > 0 ? 0 : -1));
}

} // namespace sa::ui
