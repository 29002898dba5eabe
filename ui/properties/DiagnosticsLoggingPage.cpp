#include "DiagnosticsLoggingPage.h"

#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

DiagnosticsLoggingPage::DiagnosticsLoggingPage(const core::Diagnostics& service, QWidget* parent)
    : PropertyPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("diagnosticsLoggingPage"));
    auto* note = new QLabel(tr("Service: %1. Errors are always logged; warnings from Minimum, "
                               "information from Medium.")
                                .arg(service.source()));
    note->setObjectName(QStringLiteral("diagnosticsServiceLabel"));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const QString& category : service.categories()) {
        auto* level = new QComboBox;
        QString name = category;
        name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
        level->setObjectName(QStringLiteral("level") + name + QStringLiteral("Combo"));
        for (const QString& l : core::Diagnostics::levels())
            level->addItem(levelText(l), l); // shown in the window's language, kept in English
        form->addRow(buddyLabel(core::Phrase::known(category).translated() + QLatin1Char(':'), level), level);
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
    const QStringList& categories = m_service.categories();
    for (int i = 0; i < m_levels.size(); ++i) {
        const QSignalBlocker block(m_levels.at(i));
        m_levels.at(i)->setCurrentIndex(
            m_levels.at(i)->findData(core::Diagnostics::levelOf(object, categories.at(i))));
    }
}

QStringList DiagnosticsLoggingPage::values() const
{
    QStringList out;
    const QStringList& categories = m_service.categories();
    for (int i = 0; i < m_levels.size(); ++i)
        out << categories.at(i) + QLatin1Char('|') + m_levels.at(i)->currentData().toString();
    return out;
}

QList<core::AttributeChange> DiagnosticsLoggingPage::changes() const
{
    QStringList stored = m_object.valuesOf(attr::DiagnosticsLogging);
    if (stored.isEmpty()) { // unset reads as Minimum everywhere: nothing to write while it stays so
        for (const QString& c : m_service.categories())
            stored << c + QStringLiteral("|Minimum");
    }
    if (values() == stored)
        return {};
    return {{attr::DiagnosticsLogging, core::AttributeChange::Op::Replace, values()}};
}

} // namespace sa::ui
