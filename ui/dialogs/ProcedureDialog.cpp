#include "ProcedureDialog.h"

#include "ui/common/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace sa::ui {

namespace {
/// Where the build puts the README and its screenshots (ui/CMakeLists.txt).
const QString ResourceRoot = QStringLiteral(":/procedure");
const QString Begin = QStringLiteral("<!-- procedure:begin -->");
const QString End = QStringLiteral("<!-- procedure:end -->");
/// What the README says to its readers and not to the program's users: the article's number, build
/// trees, tests (issue 20: Help > Procedure cited them).
const QString ReadmeOnlyBegin = QStringLiteral("<!-- procedure:readme-only:begin -->");
const QString ReadmeOnlyEnd = QStringLiteral("<!-- procedure:readme-only:end -->");
} // namespace

QString ProcedureDialog::walkthrough(const QString& language)
{
    const QString translated = ResourceRoot + QStringLiteral("/docs/procedure.%1.md").arg(language);
    QFile readme(!language.isEmpty() && QFile::exists(translated)
                     ? translated
                     : ResourceRoot + QStringLiteral("/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return tr("This build has no walkthrough: README.md was not built into the program.");
    const QString all = QString::fromUtf8(readme.readAll());
    const qsizetype from = all.indexOf(Begin);
    const qsizetype to = all.indexOf(End);
    if (from < 0 || to < from)
        return tr("This build's README.md has no walkthrough between %1 and %2.").arg(Begin, End);
    QString text = all.mid(from + Begin.size(), to - from - Begin.size());
    for (qsizetype skip = text.indexOf(ReadmeOnlyBegin); skip >= 0;
         skip = text.indexOf(ReadmeOnlyBegin, skip)) {
        const qsizetype end = text.indexOf(ReadmeOnlyEnd, skip);
        if (end < 0)
            break;
        text.remove(skip, end + ReadmeOnlyEnd.size() - skip);
    }
    return QStringLiteral("# ") + tr("Dir-Sync with Many Servers and MS Mail Postoffices") +
           QStringLiteral("\n\n") + text.trimmed();
}

ProcedureDialog::ProcedureDialog(QWidget* parent) : QDialog(parent), m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("procedureDialog"));
    setWindowTitle(tr("Procedure: Dir-Sync with Many Servers and MS Mail Postoffices"));
    m_text->setObjectName(QStringLiteral("procedureText"));
    m_text->setSearchPaths({ResourceRoot});
    m_text->setOpenExternalLinks(true);
    m_text->setMarkdown(walkthrough(Translations::language()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(860, 760);
}

void ProcedureDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitImages();
}

void ProcedureDialog::fitImages()
{
    // The screenshots are as wide as the main window; shown at most as wide as the text.
    const int available = m_text->viewport()->width() - 2 * int(m_text->document()->documentMargin()) -
                          m_text->verticalScrollBar()->sizeHint().width();
    if (available <= 0 || available == m_fittedWidth)
        return;
    m_fittedWidth = available;
    QTextDocument* doc = m_text->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture(ResourceRoot + QLatin1Char('/') + image.name());
            if (picture.isNull())
                continue;
            const double width = std::min(picture.width(), available);
            image.setWidth(width);
            image.setHeight(width * picture.height() / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace sa::ui
