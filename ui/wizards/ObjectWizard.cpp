#include "ObjectWizard.h"

#include "PropertyWizardPage.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/Secrets.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"
#include "ui/properties/PropertyPage.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/UndoHistory.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

/// The last step: what Finish writes, read back from the pages each time it is shown.
class SummaryPage : public QWizardPage
{
public:
    SummaryPage(QTextBrowser* text, std::function<QString()> summary)
        : m_text(text), m_summary(std::move(summary))
    {
        setObjectName(QStringLiteral("summaryStep"));
        setTitle(QObject::tr("Summary"));
        setSubTitle(QObject::tr("Finish creates the object with these settings; Back changes them."));
        m_text->setObjectName(QStringLiteral("summaryText"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
    }
    void initializePage() override { m_text->setHtml(m_summary()); }

private:
    QTextBrowser* m_text;
    std::function<QString()> m_summary;
};

} // namespace

ObjectWizard::ObjectWizard(core::DirectoryStore& store, const core::DirectoryObject& prototype,
                           const QList<PropertyPage*>& pages, const QMap<QString, QString>& subtitles,
                           QWizardPage* lead, QWidget* parent)
    : QWizard(parent), m_store(store), m_prototype(prototype), m_summary(new QTextBrowser)
{
    setObjectName(QStringLiteral("objectWizard"));
    setWindowTitle(tr("New %1").arg(classLabel(prototype.cls)));
    setWindowIcon(Icons::forClass(prototype.cls->name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (lead)
        addPage(lead);
    for (PropertyPage* p : pages) {
        if (p->title() == tr("Raw Properties")) {
            delete p; // raw attributes are for objects that exist
            continue;
        }
        p->attach(store);
        p->load(prototype);
        m_pages << p;
        addPage(new PropertyWizardPage(p, subtitles.value(p->title())));
    }
    addPage(new SummaryPage(m_summary, [this] { return summary(); }));
    setMinimumSize(720, 600); // the schedule grid's 24 hours side by side
}

void ObjectWizard::preset(const core::AttributeValues& values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isEmpty())
            m_prototype.values.remove(it.key());
        else
            m_prototype.values[it.key()] = it.value();
    }
    for (PropertyPage* p : m_pages)
        p->load(m_prototype);
}

PropertyPage* ObjectWizard::page(const QString& title) const
{
    for (PropertyPage* p : m_pages) {
        if (p->title() == title)
            return p;
    }
    return nullptr;
}

QString ObjectWizard::summary() const
{
    QString problem;
    PropertyPage* failing = nullptr;
    const core::ChangeSet changes = PropertySheet::changesOf(m_pages, m_prototype, &problem, &failing);
    // Where it goes by its name and site, as the tree shows it (not its DN).
    auto container = m_store.object(m_prototype.dn);
    QString html = QStringLiteral("<p>%1</p><table cellspacing='4'>")
                       .arg(tr("A new %1 in %2:")
                                .arg(classLabel(m_prototype.cls),
                                     container ? nameWithSite(container.value()) : m_prototype.dn.toString())
                                .toHtmlEscaped());
    // Each setting under the page that set it, by the page's label and as its field shows it (issue
    // 20: schema names and codes, "DXA-Recipient-CP 437"); one no page shows (a value the first step
    // chose) by its schema name under Other.
    QMap<int, QStringList> rows; // by page, in the wizard's order; m_pages.size() = Other
    for (const core::ChangeSet::Operation& op : changes.operations()) {
        if (op.kind != core::ChangeSet::Operation::Kind::Create)
            continue;
        for (const core::AttributeChange& c : op.changes) {
            if (c.values.isEmpty())
                continue;
            QString label = c.attribute;
            QString field;
            int page = int(m_pages.size());
            for (int i = 0; i < m_pages.size(); ++i) {
                if (m_pages.at(i)->describe(c.attribute, &label, &field)) {
                    page = i;
                    break;
                }
            }
            QStringList shown;
            if (c.attribute == core::attr::ActivationStyle) {
                shown << (c.values.first() == QLatin1String("0")   ? tr("Never")
                          : c.values.first() == QLatin1String("1") ? tr("Selected times")
                                                                   : tr("Always"));
            } else if (core::Secrets::isSecret(c.attribute)) {
                shown << core::Secrets::Mask; // typed, not shown, nor its length
            } else if (c.attribute == core::attr::ActivationSchedule) {
                shown << tr("%1 hour(s) a week").arg(c.values.first().count(QLatin1Char('1')));
            } else if (!field.isEmpty() && !c.values.first().startsWith(QLatin1Char('/'))) {
                shown << field;
            }
            for (const QString& v : shown.isEmpty() ? c.values : QStringList()) {
                auto dn = core::Dn::parse(v);
                auto o = dn && v.startsWith(QLatin1Char('/'))
                             ? m_store.object(dn.value())
                             : core::Result<core::DirectoryObject>(dn.error());
                // An object by its name and its site (two sites' "Recipients" differ only there).
                shown << (o ? nameWithSite(o.value()) : v);
            }
            rows[page] << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                              .arg(label.toHtmlEscaped(), shown.join(QStringLiteral(", ")).toHtmlEscaped());
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString heading = it.key() < m_pages.size() ? m_pages.at(it.key())->title() : tr("Other");
        html += QStringLiteral("<tr><td colspan='2'><i>%1</i></td></tr>").arg(heading.toHtmlEscaped()) +
                it.value().join(QString());
    }
    html += QStringLiteral("</table>");
    if (failing)
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(Tones::text(Tones::Kind::Error, palette().color(QPalette::Base)).name(),
                         problem.toHtmlEscaped());
    return html;
}

void ObjectWizard::accept()
{
    QString problem;
    PropertyPage* failing = nullptr;
    const core::ChangeSet changes = PropertySheet::changesOf(m_pages, m_prototype, &problem, &failing);
    if (failing) {
        Prompts::refuse(this, windowTitle(), problem);
        return;
    }
    auto done = m_history ? m_history->commit(m_store, changes, windowTitle()) : m_store.commit(changes);
    if (!done) {
        Prompts::failed(this, windowTitle(), done.error(),
                        tr("%1 Nothing was created.").arg(sentence(done.error().translated())));
        return;
    }
    if (auto created = m_store.object(done->created.value(0)))
        Q_EMIT objectCreated(created.value());
    QWizard::accept();
}

} // namespace sa::ui
