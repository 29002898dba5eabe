#include "ImsConnectionsPage.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

ImsConnectionsPage::ImsConnectionsPage(QWidget* parent)
    : PropertyPage(parent), m_mode(new QButtonGroup(this)), m_host(new QLineEdit), m_port(new QSpinBox),
      m_domain(new QLineEdit), m_mtaConfiguration(new QLineEdit)
{
    setObjectName(QStringLiteral("imsConnectionsPage"));
    auto* modeBox = new QGroupBox(tr("Transfer mode"));
    auto* modeLayout = new QVBoxLayout(modeBox);
    const std::pair<QString, QString> modes[] = {
        {tr("Inbound && &outbound"), QStringLiteral("modeInboundOutbound")},
        {tr("&Inbound only"), QStringLiteral("modeInboundOnly")},
        {tr("Outbound o&nly"), QStringLiteral("modeOutboundOnly")},
        {tr("None (&flush queues)"), QStringLiteral("modeNone")},
    };
    int id = 0;
    for (const auto& [text, name] : modes) {
        auto* radio = new QRadioButton(text);
        radio->setObjectName(name);
        m_mode->addButton(radio, id++);
        modeLayout->addWidget(radio);
    }
    m_host->setObjectName(QStringLiteral("smartHostEdit"));
    m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_port->setObjectName(QStringLiteral("smartHostPortSpin"));
    m_port->setRange(1, 65535);
    m_domain->setObjectName(QStringLiteral("inboundDomainEdit"));
    m_domain->setPlaceholderText(tr("seattle.northwind.example"));
    m_mtaConfiguration->setObjectName(QStringLiteral("mtaConfigurationEdit"));
    m_mtaConfiguration->setPlaceholderText(QStringLiteral("/etc/postfix"));
    m_mtaConfiguration->setToolTip(tr("Where the Queues page reads the mail server's queue (postqueue -c)"));
    auto* deliveryBox = new QGroupBox(tr("Message delivery"));
    auto* delivery = new QFormLayout(deliveryBox);
    delivery->addRow(buddyLabel(tr("Forward all messages to &host:"), m_host), m_host);
    delivery->addRow(buddyLabel(tr("SMTP &port:"), m_port), m_port);
    delivery->addRow(buddyLabel(tr("Postfix &configuration:"), m_mtaConfiguration), m_mtaConfiguration);
    auto* inboundBox = new QGroupBox(tr("Inbound"));
    auto* inbound = new QFormLayout(inboundBox);
    inbound->addRow(buddyLabel(tr("This site's mail &domain:"), m_domain), m_domain);
    auto* note =
        new QLabel(tr("The mail server on the host (Postfix) queues, retries and routes; it delivers "
                      "this domain to siteadminctl deliver (installer/postfix-site.sh sets that up)."));
    note->setWordWrap(true);
    inbound->addRow(note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(deliveryBox);
    layout->addWidget(inboundBox);
    layout->addStretch(1);
    connect(m_mode, &QButtonGroup::idClicked, this, &PropertyPage::edited);
    connect(m_host, &QLineEdit::textEdited, this, &PropertyPage::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    connect(m_domain, &QLineEdit::textEdited, this, &PropertyPage::edited);
    connect(m_mtaConfiguration, &QLineEdit::textEdited, this, &PropertyPage::edited);
}

void ImsConnectionsPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker blockPort(m_port);
    bool ok = false;
    const int mode = object.value(attr::TransferMode).toInt(&ok);
    m_mode->button(ok && mode >= 0 && mode <= 3 ? mode : 0)->setChecked(true);
    m_host->setText(object.value(attr::SmartHost));
    const int port = object.value(attr::SmartHostPort).toInt(&ok);
    m_port->setValue(ok && port > 0 ? port : 25);
    m_domain->setText(object.value(attr::InboundDomain));
    m_mtaConfiguration->setText(object.value(attr::MtaConfiguration));
}

QList<core::AttributeChange> ImsConnectionsPage::changes() const
{
    QList<core::AttributeChange> out;
    const auto replace = [&](const QString& a, const QString& now) {
        if (now != m_object.value(a))
            out.append(
                {a, core::AttributeChange::Op::Replace, now.isEmpty() ? QStringList() : QStringList{now}});
    };
    replace(attr::TransferMode, QString::number(qMax(0, m_mode->checkedId())));
    replace(attr::SmartHost, m_host->text().trimmed());
    replace(attr::SmartHostPort, QString::number(m_port->value()));
    replace(attr::InboundDomain, m_domain->text().trimmed().toLower());
    replace(attr::MtaConfiguration, m_mtaConfiguration->text().trimmed());
    return out;
}

QString ImsConnectionsPage::validate() const
{
    for (const auto& [edit, what] :
         {std::pair{m_host, tr("The host")}, std::pair{m_domain, tr("The mail domain")}}) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && !core::ConnectorValues::isDomainName(text))
            return tr("%1 \"%2\" is not a domain name.").arg(what, text);
    }
    const QString folder = m_mtaConfiguration->text().trimmed();
    if (!folder.isEmpty() && !folder.startsWith(QLatin1Char('/')))
        return tr("The Postfix configuration \"%1\" is not a folder's full path.").arg(folder);
    return {};
}

} // namespace sa::ui
