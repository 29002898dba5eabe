#include "DistributionListGeneralPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/properties/ReferenceField.h"
#include "ui/properties/ReferenceListWidget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sa::ui {

namespace attr = core::attr;

DistributionListGeneralPage::DistributionListGeneralPage(QWidget* parent)
    : FieldsPage(parent), m_owner(new ReferenceField(QStringLiteral("owner"), tr("Owner"), false)),
      m_members(new ReferenceListWidget(QStringLiteral("members"), tr("Distribution List Members"),
                                        tr("Members:"))),
      m_count(new QLabel), m_server(new QComboBox)
{
    setObjectName(QStringLiteral("distributionListGeneralPage"));
    m_count->setObjectName(QStringLiteral("memberCountLabel"));
    m_server->setObjectName(QStringLiteral("expansionServerCombo"));
    core::ListFilter everyone; // members may be any recipient, hidden ones too
    for (const core::ClassDef& c : core::Schema::instance().classes()) {
        if (c.recipient)
            everyone.classes << c.name;
    }
    m_members->setFilter(everyone);

    auto* grid = new QGridLayout(this);
    const auto label = buddyLabel;
    QLineEdit* display = m_fields.line(attr::DisplayName, QStringLiteral("displayNameEdit"));
    QLineEdit* alias = m_fields.line(attr::MailNickname, QStringLiteral("aliasEdit"));
    grid->addWidget(label(tr("&Display name:"), display), 0, 0);
    grid->addWidget(display, 0, 1);
    grid->addWidget(label(tr("Alia&s name:"), alias), 1, 0);
    grid->addWidget(alias, 1, 1);
    grid->addWidget(label(tr("O&wner:"), m_owner->edit()), 2, 0);
    grid->addWidget(m_owner, 2, 1);
    grid->addWidget(label(tr("Mem&bers:"), m_members), 3, 0, Qt::AlignTop);
    grid->addWidget(m_members, 3, 1);
    grid->addWidget(m_count, 4, 1);
    grid->addWidget(label(tr("&Expansion server:"), m_server), 5, 0);
    grid->addWidget(m_server, 5, 1);
    auto* notes = m_fields.text(attr::Notes, QStringLiteral("notesEdit"));
    notes->setMaximumHeight(70);
    grid->addWidget(label(tr("&Notes:"), notes), 6, 0, Qt::AlignTop);
    grid->addWidget(notes, 6, 1);
    grid->setRowStretch(3, 1);

    m_fields.onEdited(this, &PropertyPage::edited);
    connect(m_members, &ReferenceListWidget::changed, this, [this] {
        updateCount();
        Q_EMIT edited();
    });
    connect(m_server, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_owner, &ReferenceField::changed, this, &PropertyPage::edited);
}

void DistributionListGeneralPage::load(const core::DirectoryObject& object)
{
    FieldsPage::load(object);
    m_members->setStore(store());
    m_members->setDns(object.valuesOf(attr::Member));
    updateCount();
    m_owner->setStore(store());
    m_owner->setDn(object.value(attr::Owner));
    const QSignalBlocker block(m_server);
    m_server->clear();
    m_server->addItem(tr("Any server in the site"), QString());
    if (auto servers = store()->objectsOf(core::ListFilter{{QStringLiteral("server")}, true})) {
        for (const core::DirectoryObject& s : servers.value())
            m_server->addItem(s.displayName(), s.dn.toString());
    }
    m_server->setCurrentIndex(std::max(0, m_server->findData(object.value(attr::ExpansionServer))));
}

void DistributionListGeneralPage::updateCount()
{
    const int n = int(m_members->objects().size());
    m_count->setText(n == 1 ? tr("1 member") : tr("%L1 members").arg(n));
}

QList<core::AttributeChange> DistributionListGeneralPage::changes() const
{
    QList<core::AttributeChange> out = FieldsPage::changes();
    if (m_owner->dn() != m_object.value(attr::Owner))
        out.append({attr::Owner, core::AttributeChange::Op::Replace, {m_owner->dn()}});
    if (m_members->dns() != m_object.valuesOf(attr::Member))
        out.append({attr::Member, core::AttributeChange::Op::Replace, m_members->dns()});
    const QString server = m_server->currentData().toString();
    if (server != m_object.value(attr::ExpansionServer))
        out.append({attr::ExpansionServer, core::AttributeChange::Op::Replace, {server}});
    return out;
}

QString DistributionListGeneralPage::validate() const
{
    if (m_fields.value(attr::DisplayName).isEmpty())
        return problemIn(attr::DisplayName, tr("Type a display name."));
    if (m_fields.value(attr::MailNickname).isEmpty())
        return problemIn(attr::MailNickname, tr("Type an alias name."));
    return {};
}

} // namespace sa::ui
