#include "AddressEntryDialog.h"

#include "core/directory/AddressSyntax.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

// The X.400 fields of the original's X.400 address dialog, with their keys.
const QList<std::pair<QString, QString>>& x400Fields()
{
    static const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("g"), QStringLiteral("Given name:")},
        {QStringLiteral("i"), QStringLiteral("Initials:")},
        {QStringLiteral("s"), QStringLiteral("Surname:")},
        {QStringLiteral("cn"), QStringLiteral("Common name:")},
        {QStringLiteral("o"), QStringLiteral("Organization (o):")},
        {QStringLiteral("ou1"), QStringLiteral("Organizational units (ou1):")},
        {QStringLiteral("ou2"), QStringLiteral("(ou2):")},
        {QStringLiteral("ou3"), QStringLiteral("(ou3):")},
        {QStringLiteral("ou4"), QStringLiteral("(ou4):")},
        {QStringLiteral("p"), QStringLiteral("Private management domain name (p):")},
        {QStringLiteral("a"), QStringLiteral("Administrative management domain (a):")},
        {QStringLiteral("c"), QStringLiteral("Country (c):")},
    };
    return fields;
}

} // namespace

AddressEntryDialog::AddressEntryDialog(QWidget* parent) : QDialog(parent)
{
    build();
    setWindowTitle(tr("New Entry"));
}

AddressEntryDialog::AddressEntryDialog(const QString& address, QWidget* parent) : QDialog(parent)
{
    build();
    fill(address);
}

void AddressEntryDialog::build()
{
    setObjectName(QStringLiteral("addressEntryDialog"));
    m_pages = new QStackedWidget;
    m_types = new QListWidget;
    m_error = new QLabel;
    m_types->setObjectName(QStringLiteral("addressTypeList"));
    m_error->setObjectName(QStringLiteral("addressError"));
    Tones::mark(m_error, Tones::Kind::Error);
    m_error->setWordWrap(true);
    m_error->hide();

    // Page 0: the type.
    auto* typePage = new QWidget;
    auto* typeLayout = new QVBoxLayout(typePage);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    auto* typeLabel = buddyLabel(tr("Select an e-mail address type:"), m_types);
    typeLayout->addWidget(typeLabel);
    typeLayout->addWidget(m_types);
    for (const QString& t :
         {tr("Microsoft Mail Address"), tr("Internet Address"), tr("X.400 Address"), tr("Other Address")})
        m_types->addItem(t);
    m_types->setCurrentRow(0);
    m_pages->addWidget(typePage);

    // Fields as wide as the dialog, whatever the style's habit (Fusion keeps them at their hint).
    auto newForm = [](QWidget* page) {
        auto* f = new QFormLayout(page);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return f;
    };
    auto field = [this](QFormLayout* form, const QString& label, const QString& name, int maxLength = 0) {
        auto* e = new QLineEdit;
        e->setObjectName(name);
        if (maxLength > 0)
            e->setMaxLength(maxLength);
        form->addRow(label, e);
        m_fields.insert(name, e);
        connect(e, &QLineEdit::textEdited, m_error, &QLabel::hide);
        return e;
    };
    // Page 1: Microsoft Mail.
    auto* ms = new QWidget;
    auto* msForm = newForm(ms);
    field(msForm, tr("&Network name:"), QStringLiteral("networkEdit"), 10);
    field(msForm, tr("&Postoffice name:"), QStringLiteral("postofficeEdit"), 10);
    field(msForm, tr("&Mailbox name:"), QStringLiteral("mailboxEdit"), 10);
    msForm->addRow(new QLabel(tr("Each name is at most 10 characters (MS Mail 3.x).")));
    m_pages->addWidget(ms);
    // Page 2: Internet.
    auto* smtp = new QWidget;
    auto* smtpForm = newForm(smtp);
    field(smtpForm, tr("&E-mail address:"), QStringLiteral("smtpEdit"));
    m_pages->addWidget(smtp);
    // Page 3: X.400.
    auto* x400 = new QWidget;
    auto* x400Form = newForm(x400);
    for (const auto& [key, label] : x400Fields())
        field(x400Form, label, QStringLiteral("x400_") + key);
    m_pages->addWidget(x400);
    // Page 4: other.
    auto* other = new QWidget;
    auto* otherForm = newForm(other);
    field(otherForm, tr("E-mail &type:"), QStringLiteral("otherTypeEdit"), 16);
    field(otherForm, tr("E-mail &address:"), QStringLiteral("otherAddressEdit"));
    m_pages->addWidget(other);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("addressButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddressEntryDialog::reject);
    connect(m_types, &QListWidget::itemDoubleClicked, this, &AddressEntryDialog::accept);
    m_fields.value(QStringLiteral("x400_c"))->setText(QStringLiteral("US"));
    m_fields.value(QStringLiteral("x400_a"))->setText(QStringLiteral(" "));
    // The list shows its four types without a scroll bar or rows of empty space below them.
    m_types->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_types->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_types->setMaximumHeight(m_types->sizeHintForRow(0) * m_types->count() + 2 * m_types->frameWidth());
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    fitToPage();
}

void AddressEntryDialog::fitToPage()
{
    // A QStackedWidget is as tall as its tallest page: the Internet page would sit above the X.400
    // page's twelve rows of empty space. Only the page shown counts, and the dialog shrinks to it.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* page = m_pages->widget(i);
        const bool shown = i == m_pages->currentIndex();
        const QSizePolicy::Policy policy = shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    m_pages->updateGeometry(); // the dialog's layout keeps the stack's old size hint until told
    layout()->invalidate();
    layout()->activate();
    // Not yet shown, its width is Qt's default for a window: it takes the page's instead.
    resize(std::max(isVisible() ? width() : minimumWidth(), sizeHint().width()), sizeHint().height());
}

void AddressEntryDialog::showType(Type type)
{
    static const QStringList titles{tr("Microsoft Mail Address Properties"),
                                    tr("Internet Address Properties"), tr("X.400 Address Properties"),
                                    tr("Other Address Properties")};
    m_type = type;
    m_choosing = false;
    m_pages->setCurrentIndex(int(type) + 1);
    setWindowTitle(titles.at(int(type)));
    m_error->hide();
    fitToPage();
    if (QWidget* first = m_pages->currentWidget()->findChild<QLineEdit*>())
        first->setFocus();
}

void AddressEntryDialog::fill(const QString& address)
{
    const QString type = core::AddressSyntax::typeOf(address);
    const QString value = core::AddressSyntax::valueOf(address);
    if (type == QLatin1String("MS")) {
        const QStringList parts = value.split(QLatin1Char('/'));
        m_fields.value(QStringLiteral("networkEdit"))->setText(parts.value(0));
        m_fields.value(QStringLiteral("postofficeEdit"))->setText(parts.value(1));
        m_fields.value(QStringLiteral("mailboxEdit"))->setText(parts.value(2));
        showType(Type::MsMail);
    } else if (type == QLatin1String("SMTP")) {
        m_fields.value(QStringLiteral("smtpEdit"))->setText(value);
        showType(Type::Internet);
    } else if (type == QLatin1String("X400")) {
        for (const QString& pair :
             value.split(QRegularExpression(QStringLiteral("[;/]")), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed().toLower();
            if (QLineEdit* e = m_fields.value(QStringLiteral("x400_") + key))
                e->setText(pair.section(QLatin1Char('='), 1));
        }
        showType(Type::X400);
    } else {
        m_fields.value(QStringLiteral("otherTypeEdit"))->setText(address.section(QLatin1Char(':'), 0, 0));
        m_fields.value(QStringLiteral("otherAddressEdit"))->setText(value);
        showType(Type::Other);
    }
}

QString AddressEntryDialog::composeX400() const
{
    QString out;
    // Country first, as X.400 addresses are written: c=US;a= ;p=..;o=..;ou1=..;s=..;g=..;i=..;cn=..;
    for (const char* key : {"c", "a", "p", "o", "ou1", "ou2", "ou3", "ou4", "s", "g", "i", "cn"}) {
        const QString value = m_fields.value(QStringLiteral("x400_") + QLatin1String(key))->text();
        if (!value.isEmpty())
            out += QStringLiteral("%1=%2;").arg(QLatin1String(key), value);
    }
    return out;
}

QString AddressEntryDialog::address() const
{
    auto text = [this](const char* name) {
        return m_fields.value(QLatin1String(name))->text().trimmed();
    };
    switch (m_type) {
    case Type::MsMail:
        return QStringLiteral("MS:%1/%2/%3")
            .arg(text("networkEdit"), text("postofficeEdit"), text("mailboxEdit"));
    case Type::Internet:
        return QStringLiteral("SMTP:") + text("smtpEdit");
    case Type::X400:
        return QStringLiteral("X400:") + composeX400();
    case Type::Other:
        return text("otherTypeEdit").toUpper() + QLatin1Char(':') + text("otherAddressEdit");
    }
    return {};
}

void AddressEntryDialog::accept()
{
    if (m_choosing) {
        showType(Type(std::max(0, m_types->currentRow())));
        return;
    }
    if (core::Status s = core::AddressSyntax::check(address()); !s) {
        m_error->setText(sentence(s.error().translated()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace sa::ui
