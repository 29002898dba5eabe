#include "DiagnosticsLoggingPage.h"

#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncLog.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

DiagnosticsLoggingPage::DiagnosticsLoggingPage(QWidget* parent) : PropertyPage(parent)
{
    setObjectName(QStringLiteral("diagnosticsLoggingPage"));
    auto* note = new QLabel(tr("Service: MSExchangeDX. Errors are always logged; warnings from Minimum, "
                               "information from Medium."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const QString& category : core::DirsyncDiagnostics::categories()) {
        auto* level = new QComboBox;
        level->setObjectName(QStringLiteral("level") +
                             QString(category).remove(QLatin1Char(' ')).remove(QLatin1Char('.')) +
                             QStringLiteral("Combo"));
        level->addItems(core::DirsyncDiagnostics::levels());
        form->addRow(buddyLabel(category + QLatin1Char(':'), level), level);
        m_levels << level;
        connect(level, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addStretch(1);
}

void DiagnosticsLoggingPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QStringList categories = core::DirsyncDiagnostics::categories();
    for (int i = 0; i < m_levels.size(); ++i) {
        const QSignalBlocker block(m_levels.at(i));
        QString level = QStringLiteral("Minimum");
        for (const QString& value : object.valuesOf(attr::DiagnosticsLogging)) {
            if (value.section(QLatin1Char('|'), 0, 0) == categories.at(i))
                level = value.section(QLatin1Char('|'), 1);
        }
        m_levels.at(i)->setCurrentText(level);
    }
}

QStringList DiagnosticsLoggingPage::values() const
{
    QStringList out;
    const QStringList categories = core::DirsyncDiagnostics::categories();
    for (int i = 0; i < m_levels.size(); ++i)
        out << categories.at(i) + QLatin1Char('|') + m_levels.at(i)->currentText();
    return out;
}

QList<core::AttributeChange> DiagnosticsLoggingPage::changes() const
{
    QStringList stored = m_object.valuesOf(attr::DiagnosticsLogging);
    if (stored.isEmpty()) { // unset reads as Minimum everywhere: nothing to write while it stays so
        for (const QString& c : core::DirsyncDiagnostics::categories())
            stored << c + QStringLiteral("|Minimum");
    }
    if (values() == stored)
        return {};
    return {{attr::DiagnosticsLogging, core::AttributeChange::Op::Replace, values()}};
}

} // namespace sa::ui
