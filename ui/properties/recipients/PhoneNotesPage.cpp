#include "PhoneNotesPage.h"

#include "core/directory/Schema.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

PhoneNotesPage::PhoneNotesPage(QWidget* parent) : FieldsPage(parent)
{
    setObjectName(QStringLiteral("phoneNotesPage"));
    auto* numbers = new QGroupBox(tr("Phone numbers"));
    auto* grid = new QGridLayout(numbers);
    const QList<std::tuple<QString, QString, QString>> fields{
        {attr::TelephoneNumber, tr("&Business:"), QStringLiteral("businessPhoneEdit")},
        {attr::TelephoneHome, tr("&Home:"), QStringLiteral("homePhoneEdit")},
        {attr::TelephoneOffice2, tr("B&usiness 2:"), QStringLiteral("business2PhoneEdit")},
        {attr::TelephoneHome2, tr("H&ome 2:"), QStringLiteral("home2PhoneEdit")},
        {attr::TelephoneFax, tr("&Fax:"), QStringLiteral("faxEdit")},
        {attr::TelephoneMobile, tr("&Mobile:"), QStringLiteral("mobileEdit")},
        {attr::TelephoneAssistant, tr("&Assistant:"), QStringLiteral("assistantPhoneEdit")},
        {attr::TelephonePager, tr("&Pager:"), QStringLiteral("pagerEdit")},
    };
    for (int i = 0; i < fields.size(); ++i) {
        const auto& [a, text, name] = fields.at(i);
        QLineEdit* e = m_fields.line(a, name);
        auto* l = new QLabel(text);
        l->setBuddy(e);
        grid->addWidget(l, i / 2, (i % 2) * 2);
        grid->addWidget(e, i / 2, (i % 2) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* notesBox = new QGroupBox(tr("&Notes"));
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_fields.text(attr::Notes, QStringLiteral("notesEdit")));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(numbers);
    layout->addWidget(notesBox, 1);
    m_fields.onEdited(this, &PropertyPage::edited);
}

} // namespace sa::ui
