#include "FirstRunDialog.h"

#include "core/directory/Organization.h"
#include "ui/common/Icons.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa::ui {

FirstRunDialog::FirstRunDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_organization(new QLineEdit), m_site(new QLineEdit), m_server(new QLineEdit),
      m_error(new QLabel)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Site Administrator - New Organization"));
    setWindowIcon(Icons::application());
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setMaxLength(15);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    Tones::mark(m_error, Tones::Kind::Error);
    m_error->setWordWrap(true);
    m_error->hide();

    // The demo has a folder of its own, which it names (issue 20: the dialog named only the empty
    // folder, and Open Demo built elsewhere): the administrator's folder stays free for the real one.
    auto* intro = new QLabel(tr("There is no organization in %1 yet.\n\n"
                                "Create one there: name the organization, its first site and that site's "
                                "first server. Or open the demo organization to look around first: "
                                "NORTHWIND, with sites SEATTLE and LONDON and MS Mail postoffices PO1 "
                                "and PO2 kept in step by directory synchronization "
                                "(Help > Procedure shows how it was set up). The demo is kept in its own "
                                "folder, %2, and built there the first time.")
                                 .arg(QDir::toNativeSeparators(folder),
                                      QDir::toNativeSeparators(core::Organization::defaultDemoPath())));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Organization name:"), m_organization);
    form->addRow(tr("&Site name:"), m_site);
    form->addRow(tr("Se&rver name:"), m_server);

    auto* buttons = new QDialogButtonBox;
    QPushButton* create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton* demo = buttons->addButton(tr("Open &Demo Organization"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("demoButton"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        QDialog::accept();
    });
    resize(460, 320);
}

QString FirstRunDialog::organization() const
{
    return m_organization->text().trimmed();
}

QString FirstRunDialog::site() const
{
    return m_site->text().trimmed();
}

QString FirstRunDialog::server() const
{
    return m_server->text().trimmed();
}

void FirstRunDialog::accept()
{
    m_choice = Choice::Create;
    if (core::Status s = core::Organization::checkNames(organization(), site(), server()); !s) {
        m_error->setText(sentence(s.error().translated()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace sa::ui
