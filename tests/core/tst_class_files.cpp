// A class is defined in the file named after it (docs/class-files.txt): tst_class_files fails when a
// member of a class with its own header is defined in a file of another name and not listed there,
// and when a listed exception no longer exists. The checker is tried on small trees of its own
// first, so that a broken checker cannot pass the real tree.

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// "Class::member path" of each exception in docs/class-files.txt.
QSet<QString> exceptions(const QString& text)
{
    QSet<QString> out;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QStringList parts = raw.section(QLatin1Char('#'), 0, 0).simplified().split(QLatin1Char(' '));
        if (parts.size() == 2)
            out.insert(parts.join(QLatin1Char(' ')));
    }
    return out;
}

/// The problems of the tree at `root`: one line per definition out of its class's file, and per
/// exception that no longer names one.
QStringList check(const QString& root, const QSet<QString>& allowed)
{
    const QDir top(root);
    const QStringList parts{QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};
    QSet<QString> headers; // class names with a header of their own
    QStringList sources;
    for (const QString& part : parts) {
        QDirIterator it(top.filePath(part), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".h")))
                headers.insert(QFileInfo(path).completeBaseName());
            else
                sources << path;
        }
    }
    // A definition begins a line: "Type Class::member(" or "Class::member(" (its return type above).
    static const QRegularExpression definition(
        QStringLiteral(R"x(^(?:[A-Za-z_][^;=(){}\n]*[\s*&>])?([A-Z]\w*)::(~?\w+)\s*\()x"),
        QRegularExpression::MultilineOption);
    QStringList problems;
    QSet<QString> used;
    for (const QString& path : std::as_const(sources)) {
        const QString rel = top.relativeFilePath(path);
        const QString stem = QFileInfo(path).completeBaseName();
        for (auto m = definition.globalMatch(readText(path)); m.hasNext();) {
            const auto match = m.next();
            const QString cls = match.captured(1);
            if (cls == stem || !headers.contains(cls))
                continue; // its own file, or a type without a header of its own (a nested struct)
            const QString key = cls + QStringLiteral("::") + match.captured(2) + QLatin1Char(' ') + rel;
            if (allowed.contains(key)) {
                used.insert(key);
                continue;
            }
            problems << QStringLiteral("%1 defines %2::%3 of %2.h: a class in its own file (split it into "
                                       "classes, not files)")
                            .arg(rel, cls, match.captured(2));
        }
    }
    for (const QString& key : allowed) {
        if (!used.contains(key))
            problems << QStringLiteral("docs/class-files.txt: \"%1\" no longer holds; strike it").arg(key);
    }
    problems.removeDuplicates();
    problems.sort();
    return problems;
}

using sa::test::writeFile;

} // namespace

class TestClassFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMemberDefinedInAnotherFileIsFound()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("core/a/Store.h"), QStringLiteral("class Store {};"));
        writeFile(dir.path(), QStringLiteral("core/a/Store.cpp"),
                  QStringLiteral("int Store::size() const\n{}\n"));
        writeFile(dir.path(), QStringLiteral("core/a/StoreMail.cpp"),
                  QStringLiteral(
                      "Result<QList<Mail>>\nStore::mail(int limit) const\n{\n    return Other::call(1);\n}\n"
                      "void Store::send()\n{}\n"));
        writeFile(
            dir.path(), QStringLiteral("core/a/Report.cpp"),
            QStringLiteral("// Report::Line has no header: a nested struct.\nQString Report::Line::text() "
                           "const\n{}\nvoid Line::x()\n{}\n"));
        QCOMPARE(
            check(dir.path(), {}),
            QStringList({QStringLiteral("core/a/StoreMail.cpp defines Store::mail of Store.h: a class in "
                                        "its own file (split it into classes, not files)"),
                         QStringLiteral("core/a/StoreMail.cpp defines Store::send of Store.h: a class in "
                                        "its own file (split it into classes, not files)")}));
        QCOMPARE(check(dir.path(), {QStringLiteral("Store::mail core/a/StoreMail.cpp"),
                                    QStringLiteral("Store::send core/a/StoreMail.cpp")}),
                 QStringList());
    }

    void anExceptionThatNoLongerHoldsIsFound()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("ui/b/Window.h"), QStringLiteral("class Window {};"));
        writeFile(dir.path(), QStringLiteral("ui/b/Window.cpp"), QStringLiteral("void Window::show()\n{}\n"));
        QCOMPARE(
            check(dir.path(), {QStringLiteral("Window::menus ui/b/WindowMenus.cpp")}),
            QStringList({QStringLiteral(
                "docs/class-files.txt: \"Window::menus ui/b/WindowMenus.cpp\" no longer holds; strike it")}));
    }

    void theTreeKeepsEachClassInItsFile()
    {
        const QString root = QStringLiteral(SITEADMIN_SOURCE_DIR);
        const QString listed = readText(root + QStringLiteral("/docs/class-files.txt"));
        QVERIFY(!listed.isEmpty());
        const QStringList problems = check(root, exceptions(listed));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestClassFiles)
#include "tst_class_files.moc"
