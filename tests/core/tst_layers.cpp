// The source tree's floors (docs/layers.txt): every #include "..." of core/, ui/ and app/ points to
// its own folder or a floor below, and no folders include each other. The checker is tested on
// small trees of its own first, so that a broken checker cannot pass the real tree.

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace {

/// The folders of docs/layers.txt with their floor (0 at the bottom); peers share a floor.
struct Floors
{
    QHash<QString, int> floorOf;
    QStringList problems;

    static Floors parse(const QString& text)
    {
        Floors f;
        int floor = 0;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].section(QLatin1Char('#'), 0, 0).simplified();
            if (line.isEmpty())
                continue;
            for (const QString& folder : line.split(QLatin1Char(' '))) {
                if (f.floorOf.contains(folder))
                    f.problems << QStringLiteral("layers.txt:%1: %2 is listed twice").arg(i + 1).arg(folder);
                f.floorOf.insert(folder, floor);
            }
            ++floor;
        }
        return f;
    }
};

/// Every include of the tree at `root` (folders core, ui, app) checked against `floors`: one line per
/// problem, naming the file and line.
QStringList check(const QString& root, const Floors& floors)
{
    QStringList problems = floors.problems;
    const QDir top(root);
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s+"([^"]+)\")"));
    QHash<QString, QSet<QString>> edges; // folder -> folders it includes
    QHash<QString, QString> firstSeen;   // "a|b" -> where a includes b first
    for (const QString& part : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(top.filePath(part), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = top.relativeFilePath(it.next());
            const QString folder = QFileInfo(path).path();
            if (!floors.floorOf.contains(folder)) {
                problems << QStringLiteral("%1: its folder %2 is not in docs/layers.txt").arg(path, folder);
                continue;
            }
            QFile file(top.filePath(path));
            if (!file.open(QIODevice::ReadOnly)) {
                problems << QStringLiteral("%1: cannot be read").arg(path);
                continue;
            }
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const auto m = include.match(lines[i]);
                if (!m.hasMatch())
                    continue;
                const QString named = m.captured(1);
                QString target;
                if (named.startsWith(QLatin1String("core/")) || named.startsWith(QLatin1String("ui/")) ||
                    named.startsWith(QLatin1String("app/")))
                    target = QFileInfo(named).path();
                else if (QFileInfo::exists(top.filePath(folder + QLatin1Char('/') + named)))
                    target = QFileInfo(QDir::cleanPath(folder + QLatin1Char('/') + named)).path();
                else
                    continue; // a generated header or a test's own: not a floor of the tree
                const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
                if (target == folder)
                    continue;
                if (!floors.floorOf.contains(target)) {
                    problems << QStringLiteral("%1: includes %2, whose folder is not in docs/layers.txt")
                                    .arg(where, named);
                    continue;
                }
                edges[folder].insert(target);
                const QString edge = folder + QLatin1Char('|') + target;
                if (!firstSeen.contains(edge))
                    firstSeen.insert(edge, where);
                if (floors.floorOf.value(target) >= floors.floorOf.value(folder))
                    problems << QStringLiteral("%1: %2 includes %3, which is not below it")
                                    .arg(where, folder, named);
            }
        }
    }
    // Loops between folders, each named once with where its first step is written.
    QSet<QString> done;
    QStringList path;
    std::function<void(const QString&)> walk = [&](const QString& folder) {
        if (done.contains(folder))
            return;
        path << folder;
        for (const QString& next : edges.value(folder)) {
            const int at = int(path.indexOf(next));
            if (at >= 0) {
                QStringList loop = path.mid(at);
                loop << next;
                problems << QStringLiteral("folder loop: %1 (%2)")
                                .arg(loop.join(QStringLiteral(" -> ")),
                                     firstSeen.value(folder + QLatin1Char('|') + next));
            } else {
                walk(next);
            }
        }
        path.removeLast();
        done.insert(folder);
    };
    QStringList folders = edges.keys();
    folders.sort();
    for (const QString& folder : folders)
        walk(folder);
    return problems;
}

using sa::test::writeFile;

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_tree_passes()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("core/low/A.h"), "#pragma once\n");
        writeFile(dir.path(), QStringLiteral("core/low/A.cpp"),
                  "#include \"A.h\"\n#include \"Generated.h\"\n");
        writeFile(dir.path(), QStringLiteral("core/high/B.cpp"),
                  "#include \"core/low/A.h\"\n#include <QString>\n");
        const auto floors = Floors::parse(QStringLiteral("# comment\ncore/low\n\ncore/high  # top\n"));
        QCOMPARE(check(dir.path(), floors), QStringList());
    }

    void an_include_that_points_up_fails()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("core/low/A.cpp"),
                  "#include <QString>\n#include \"core/high/B.h\"\n");
        writeFile(dir.path(), QStringLiteral("core/high/B.h"), "#pragma once\n");
        const auto problems = check(dir.path(), Floors::parse(QStringLiteral("core/low\ncore/high\n")));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(QLatin1String("core/low/A.cpp:2: core/low includes core/high/B.h")),
                 qPrintable(problems[0]));
    }

    void peers_may_not_include_each_other()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("app/one/main.cpp"), "#include \"app/two/Two.h\"\n");
        writeFile(dir.path(), QStringLiteral("app/two/Two.h"), "#pragma once\n");
        const auto problems = check(dir.path(), Floors::parse(QStringLiteral("app/one app/two\n")));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(QLatin1String("which is not below it")));
    }

    void a_folder_loop_is_named()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("core/a/A.cpp"), "#include \"core/b/B.h\"\n");
        writeFile(dir.path(), QStringLiteral("core/b/B.h"), "#pragma once\n#include \"../a/A.h\"\n");
        writeFile(dir.path(), QStringLiteral("core/a/A.h"), "#pragma once\n");
        const auto problems = check(dir.path(), Floors::parse(QStringLiteral("core/a\ncore/b\n")));
        QVERIFY2(problems.contains(QStringLiteral("folder loop: core/a -> core/b -> core/a (core/b/B.h:2)")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.contains(
            QStringLiteral("core/a/A.cpp:1: core/a includes core/b/B.h, which is not below it")));
    }

    void an_undeclared_folder_fails()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("core/low/A.h"), "#pragma once\n");
        writeFile(dir.path(), QStringLiteral("core/fresh/C.cpp"), "#include \"core/low/A.h\"\n");
        writeFile(dir.path(), QStringLiteral("core/low/D.cpp"), "#include \"core/other/E.h\"\n");
        const auto problems = check(dir.path(), Floors::parse(QStringLiteral("core/low\ncore/low\n")));
        QVERIFY(problems.contains(QStringLiteral("layers.txt:2: core/low is listed twice")));
        QVERIFY(problems.contains(
            QStringLiteral("core/fresh/C.cpp: its folder core/fresh is not in docs/layers.txt")));
        QVERIFY(problems.contains(QStringLiteral(
            "core/low/D.cpp:1: includes core/other/E.h, whose folder is not in docs/layers.txt")));
    }

    void the_tree_keeps_its_floors()
    {
        QFile list(QStringLiteral(SITEADMIN_SOURCE_DIR "/docs/layers.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const auto floors = Floors::parse(QString::fromUtf8(list.readAll()));
        QVERIFY(floors.floorOf.size() > 20);
        const QStringList problems = check(QStringLiteral(SITEADMIN_SOURCE_DIR), floors);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
