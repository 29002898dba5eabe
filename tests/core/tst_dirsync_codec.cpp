#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sa::core;
using Code = DirsyncTransaction::Code;

namespace {

DirsyncTransaction tx(qint64 seq, Code code, const QString& name, const QString& address)
{
    DirsyncTransaction t;
    t.seq = seq;
    t.code = code;
    t.fullName = name;
    t.address = address;
    return t;
}

DirsyncMessage sample(bool inAttachment)
{
    DirsyncMessage m;
    m.header.task = dirsync::TaskUpdate;
    m.header.reqName = QStringLiteral("MS:NWNET/PO1");
    m.header.password = QStringLiteral("secret");
    m.header.reqSeq = 12;
    m.header.srvSeq = 7;
    m.header.impSeq = 1;
    m.header.types = {QStringLiteral("MS"), QStringLiteral("SMTP")};
    m.header.templates = true;
    m.header.inAttachment = inAttachment;
    m.transactions << tx(10, Code::Replace, {}, QStringLiteral("MS:NWNET/PO1"));
    DirsyncTransaction add =
        tx(11, Code::Add, QStringLiteral("Alice Martin"), QStringLiteral("MS:NWNET/PO1/AMARTIN"));
    add.fields = {{QStringLiteral("Phone"), QStringLiteral("(206) 555-0100")},
                  {QStringLiteral("Title"), QString()}};
    m.transactions << add;
    DirsyncTransaction mod =
        tx(12, Code::Modify, QStringLiteral("George Jones"), QStringLiteral("MS:NWNET/PO1/GJONES"));
    mod.newFullName = QStringLiteral("George P. Jones");
    mod.newAddress = QStringLiteral("MS:NWNET/PO1/GJONES");
    mod.fields = {{QStringLiteral("Title"), QStringLiteral("Sales Rep")}};
    m.transactions << mod;
    m.transactions << tx(13, Code::Delete,
                         QStringLiteral("Abcdefghij Klmnopqrst Uvwxyz 1") /* 30: the longest */,
                         QStringLiteral("smtp:u@example.com"));
    DirsyncTransaction t = tx(14, Code::Template, {}, QStringLiteral("MS:NWNET/PO1"));
    t.templateLines = {QStringLiteral("Phone"), QStringLiteral("Title")};
    m.transactions << t;
    m.transactions << tx(15, Code::Add, QStringLiteral("X.400 Person"),
                         QStringLiteral("X400:c=US;a= ;p=NWNET;o=PO1;s=Person;"));
    return m;
}

} // namespace

/// The dirsync message codec: what it writes it reads back the same; the documented samples read;
/// every malformed input is refused with its part and line.
class TestDirsyncCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("inAttachment");
        QTest::newRow("in attachment") << true;
        QTest::newRow("in body") << false;
    }
    void roundTrip()
    {
        QFETCH(bool, inAttachment);
        const DirsyncMessage m = sample(inAttachment);
        auto text = DirsyncCodec::encode(m);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message()));
        QCOMPARE(text->attachment.isEmpty(), !inAttachment);
        auto back = DirsyncCodec::parse(text->body, text->attachment);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QVERIFY(back.value() == m);
    }

    void linesUseTheFixedColumns()
    {
        auto text = DirsyncCodec::encodeTransactions(
            {tx(2, Code::Delete, QStringLiteral("User1 alias"), QStringLiteral("PCM:NET1/PO1/USER1"))});
        QVERIFY(text.ok());
        const QString line = text->split(QLatin1Char('\n')).at(1);
        QCOMPARE(line, QStringLiteral("0000000002 D User1 alias                    PCM:NET1/PO1/USER1"));
        // After the number: code in column 1, the address from column 34.
        QCOMPARE(line.mid(11).indexOf(QStringLiteral("PCM:")), 33);
    }

    void documentedSamplesRead()
    {
        // Q118298: a foreign requestor's import request, and the reply's attachment.
        auto request =
            DirsyncCodec::parse(QStringLiteral("[DIRSYNC]\nTASK=IMPORTREQ\nNAME=PCM:MACNET/MACPO\n"
                                               "TYPES=PCM|CSI|profs\nTEMPLATE=NO\nSRVSEQ=0000000644\n"
                                               "TRANSACTIONS=INATTACHMENT\n"));
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message()));
        QCOMPARE(request->header.task, dirsync::TaskImportRequest);
        QCOMPARE(request->header.reqName, QStringLiteral("PCM:MACNET/MACPO"));
        QCOMPARE(request->header.types,
                 (QStringList{QStringLiteral("PCM"), QStringLiteral("CSI"), QStringLiteral("PROFS")}));
        QCOMPARE(request->header.srvSeq, 644);
        auto reply = DirsyncCodec::parseTransactions(
            QStringLiteral("[DIRSYNC-TRANSACTIONS]\n0000000645 A User Number 1                    "
                           "PCM:NETWORK/POSTOFFICE/USER1\n- Phone:/(206) 635-7022\n"),
            QStringLiteral("attachment"));
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        QCOMPARE(reply->first().fullName, QStringLiteral("User Number 1"));
        QCOMPARE(reply->first().fields.first(),
                 (DirsyncField{QStringLiteral("Phone"), QStringLiteral("(206) 635-7022")}));
        // Q106623: an FFAPI export in the body, single spaces, lower case.
        auto exported = DirsyncCodec::parse(QStringLiteral("[dirsync]\ntask=export\nreqname=PCM:net/po\n"
                                                           "transactions=inbody\n\n[dirsync-transactions]\n"
                                                           "1200 A Martin, Robert PCM:net/po/rmartin\n"));
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message()));
        QCOMPARE(exported->transactions.first().fullName, QStringLiteral("Martin, Robert"));
        QCOMPARE(exported->transactions.first().address, QStringLiteral("PCM:net/po/rmartin"));
        // A tab for the padding, and the 4.0 DXA's stray CRs.
        auto tabbed = DirsyncCodec::parseTransactions(
            QStringLiteral("[DIRSYNC-TRANSACTIONS]\r\n000002 A able is he\tPCM:POLY/MONT/able\r\n"),
            QStringLiteral("attachment"));
        QVERIFY(tabbed.ok());
        QCOMPARE(tabbed->first().address, QStringLiteral("PCM:POLY/MONT/able"));
    }

    void transactionsWrittenOneAtATimeReadAsAList()
    {
        // A full reply is written as its entries are made (head, then each appended): the same
        // text as the list written at once, and what cannot be written is refused the same way.
        const DirsyncMessage m = sample(true);
        QString written = DirsyncCodec::transactionsHead();
        for (const DirsyncTransaction& t : m.transactions)
            QVERIFY(DirsyncCodec::appendTransaction(written, t).ok());
        auto atOnce = DirsyncCodec::encodeTransactions(m.transactions);
        QVERIFY(atOnce.ok());
        QCOMPARE(written, atOnce.value());
        DirsyncTransaction tooLong = m.transactions.at(1);
        tooLong.fullName = QString(31, QLatin1Char('n'));
        QVERIFY(!DirsyncCodec::appendTransaction(written, tooLong).ok());
        QCOMPARE(written, atOnce.value()); // nothing of it written
    }

    void transactionsAreHandedOverOneAtATime()
    {
        const DirsyncMessage m = sample(true);
        auto text = DirsyncCodec::encode(m);
        QVERIFY(text.ok());
        // With CRs (the 4.0 DXA's) and trailing empty lines, as read before.
        QString attachment = text->attachment;
        attachment.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        attachment += QStringLiteral("\n\r\n");
        QList<DirsyncTransaction> taken;
        auto header = DirsyncCodec::parse(text->body, attachment, [&taken](DirsyncTransaction&& t) {
            taken.append(std::move(t));
            return Status();
        });
        QVERIFY2(header.ok(), qPrintable(header.ok() ? QString() : header.error().message()));
        QVERIFY(header->transactions.isEmpty()); // none kept
        QCOMPARE(header->header.reqSeq, m.header.reqSeq);
        QCOMPARE(taken, m.transactions); // the M's second line, fields and template lines included
        // A take that fails stops the walk there, with its error.
        int seen = 0;
        auto stopped = DirsyncCodec::parse(text->body, attachment, [&seen](DirsyncTransaction&&) {
            return ++seen == 3 ? Status(Error(ErrorCode::Cancelled, QStringLiteral("enough"))) : Status();
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().message(), QStringLiteral("enough"));
        QCOMPARE(seen, 3);
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("attachment");
        QTest::addColumn<QString>("expected");
        const QString head = QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nTRANSACTIONS=INATTACHMENT\n");
        const QString tx = QStringLiteral("[DIRSYNC-TRANSACTIONS]\n");
        QTest::newRow("no header") << QStringLiteral("TASK=UPDATE\n") << QString()
                                   << QStringLiteral("body line 1: a dirsync message starts with [DIRSYNC]");
        QTest::newRow("no task") << QStringLiteral("[DIRSYNC]\nREQSEQ=1\n") << QString()
                                 << QStringLiteral("has no TASK=");
        QTest::newRow("unknown task") << QStringLiteral("[DIRSYNC]\nTASK=DANCE\n") << QString()
                                      << QStringLiteral("body line 2: unknown TASK \"DANCE\"");
        QTest::newRow("unknown key") << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nCOLOUR=blue\n") << QString()
                                     << QStringLiteral("body line 3: unknown key COLOUR");
        QTest::newRow("not key=value") << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nhello\n") << QString()
                                       << QStringLiteral("is not KEY=value");
        QTest::newRow("bad number") << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nREQSEQ=12a\n") << QString()
                                    << QStringLiteral("REQSEQ must be a number");
        QTest::newRow("bad transactions")
            << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nTRANSACTIONS=SOMEWHERE\n") << QString()
            << QStringLiteral("TRANSACTIONS is INATTACHMENT or INBODY");
        QTest::newRow("bad template") << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nTEMPLATE=MAYBE\n")
                                      << QString() << QStringLiteral("TEMPLATE is YES or NO");
        QTest::newRow("bad reqname") << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nREQNAME=NWNET/PO1\n")
                                     << QString()
                                     << QStringLiteral("REQNAME must be TYPE:NETWORK/POSTOFFICE");
        QTest::newRow("attachment tag")
            << head << QStringLiteral("0000000001 A Bob\tMS:A/B/C\n")
            << QStringLiteral("attachment line 1: the transactions must start with [DIRSYNC-TRANSACTIONS]");
        QTest::newRow("body text in attachment mode") << head + QStringLiteral("\nstray\n") << QString()
                                                      << QStringLiteral("but TRANSACTIONS=INATTACHMENT");
        QTest::newRow("attachment in body mode")
            << QStringLiteral("[DIRSYNC]\nTASK=UPDATE\nTRANSACTIONS=INBODY\n") << tx
            << QStringLiteral("an attachment, but TRANSACTIONS=INBODY");
        QTest::newRow("unknown code") << head << tx + QStringLiteral("0000000001 X Bob\tMS:A/B/C\n")
                                      << QStringLiteral("attachment line 2: unknown transaction code \"X\"");
        QTest::newRow("no number") << head << tx + QStringLiteral("A Bob\tMS:A/B/C\n")
                                   << QStringLiteral("attachment line 2: a transaction reads");
        QTest::newRow("numbers go back")
            << head << tx + QStringLiteral("0000000005 A Bob\tMS:A/B/C\n0000000004 A Ann\tMS:A/B/D\n")
            << QStringLiteral("attachment line 3: transaction number 4 does not follow 5");
        QTest::newRow("name too long")
            << head << tx + QStringLiteral("0000000001 A %1\tMS:A/B/C\n").arg(QString(31, QLatin1Char('n')))
            << QStringLiteral("longer than 30 characters");
        QTest::newRow("empty name") << head << tx + QStringLiteral("0000000001 A \tMS:A/B/C\n")
                                    << QStringLiteral("the full name is empty");
        QTest::newRow("no address") << head << tx + QStringLiteral("0000000001 A Bob Smith\n")
                                    << QStringLiteral("attachment line 2: no address");
        QTest::newRow("not an address") << head << tx + QStringLiteral("0000000001 A Bob\tnowhere\n")
                                        << QStringLiteral("\"nowhere\" is not an address");
        QTest::newRow("modify without second line")
            << head << tx + QStringLiteral("0000000001 M Bob\tMS:A/B/C\n0000000002 A Ann\tMS:A/B/D\n")
            << QStringLiteral("attachment line 3: a modify needs a second line");
        QTest::newRow("modify at the end") << head << tx + QStringLiteral("0000000001 M Bob\tMS:A/B/C\n")
                                           << QStringLiteral("the last modify has no second line");
        QTest::newRow("field first")
            << head << tx + QStringLiteral("- Phone:/1\n")
            << QStringLiteral("attachment line 2: a template field belongs after an A or M line");
        QTest::newRow("field after delete")
            << head << tx + QStringLiteral("0000000001 D Bob\tMS:A/B/C\n- Phone:/1\n")
            << QStringLiteral("a template field belongs after an A or M line");
        QTest::newRow("field without separator")
            << head << tx + QStringLiteral("0000000001 A Bob\tMS:A/B/C\n- Phone 1\n")
            << QStringLiteral("\"- Prompt:/value\"");
        QTest::newRow("stray indented line")
            << head << tx + QStringLiteral("0000000001 A Bob\tMS:A/B/C\n something\n")
            << QStringLiteral("belongs to a T (template) transaction");
        QTest::newRow("replace without list") << head << tx + QStringLiteral("0000000001 R NWNET/PO1\n")
                                              << QStringLiteral("R needs TYPE:NETWORK/POSTOFFICE");
        QTest::newRow("second tab") << head << tx + QStringLiteral("0000000001 A Bob\tMS:A/B/C\tD\n")
                                    << QStringLiteral(
                                           "attachment line 2: a control character (such as a second tab)");
        QTest::newRow("control character") << head << tx + QStringLiteral("0000000001 R MS:NW\u0001NET/PO1\n")
                                           << QStringLiteral("R needs TYPE:NETWORK/POSTOFFICE");
        QTest::newRow("empty line")
            << head << tx + QStringLiteral("0000000001 A Bob\tMS:A/B/C\n\n0000000002 A Ann\tMS:A/B/D\n")
            << QStringLiteral("attachment line 3: an empty line inside the transactions");
    }
    void malformedInputIsRefused()
    {
        QFETCH(QString, body);
        QFETCH(QString, attachment);
        QFETCH(QString, expected);
        auto m = DirsyncCodec::parse(body, attachment);
        QVERIFY2(!m.ok(), "accepted");
        QVERIFY2(m.error().message().contains(expected),
                 qPrintable(QStringLiteral("wanted \"%1\" in: %2").arg(expected, m.error().message())));
    }

    void whatCannotBeWrittenIsRefused()
    {
        QVERIFY(!DirsyncCodec::encodeTransactions(
                     {tx(1, Code::Add, QString(31, QLatin1Char('n')), QStringLiteral("MS:A/B/C"))})
                     .ok());
        QVERIFY(!DirsyncCodec::encodeTransactions(
                     {tx(1, Code::Add, QStringLiteral("Bob"), QStringLiteral("nowhere"))})
                     .ok());
        QVERIFY(!DirsyncCodec::encodeTransactions(
                     {tx(1, Code::Modify, QStringLiteral("Bob"), QStringLiteral("MS:A/B/C"))})
                     .ok());
        DirsyncTransaction field = tx(1, Code::Add, QStringLiteral("Bob"), QStringLiteral("MS:A/B/C"));
        field.fields = {{QStringLiteral("Odd:/prompt"), QStringLiteral("x")}};
        QVERIFY(!DirsyncCodec::encodeTransactions({field}).ok());
        // A tab inside an address would read back as the separator (found by the fuzzer).
        QVERIFY(!DirsyncCodec::encodeTransactions(
                     {tx(1, Code::Add, QStringLiteral("Bob"), QStringLiteral("MS:A/B/C\tD"))})
                     .ok());
    }

    void subjects()
    {
        DirsyncSubject req;
        req.kind = DirsyncSubject::Kind::RequestorUpdate;
        req.reqSeq = 12;
        req.wasSeq = 9;
        req.srvSeq = 7;
        req.impSeq = 1;
        req.sent = 3;
        QCOMPARE(req.toString(), QStringLiteral("$SYSTEM ReqTx R=12 (was 9), S=7, I=1 3 sent"));
        QVERIFY(DirsyncSubject::parse(req.toString()).value() == req);
        DirsyncSubject srv = req;
        srv.kind = DirsyncSubject::Kind::ServerUpdate;
        QCOMPARE(srv.toString(), QStringLiteral("$SYSTEM SrvTx R=12 S=7 (was 9), I=1 3 sent"));
        QVERIFY(DirsyncSubject::parse(srv.toString()).value() == srv);
        // As seen in Q162841 (without $SYSTEM).
        auto seen = DirsyncSubject::parse(QStringLiteral("SrvTx R=3 S=87298 (was 0), I=2 15603 sent"));
        QVERIFY(seen.ok());
        QCOMPARE(seen->srvSeq, 87298);
        QCOMPARE(seen->sent, 15603);
        auto status = DirsyncSubject::parse(QStringLiteral("Status report from nwnet/po1"));
        QVERIFY(status.ok());
        QCOMPARE(status->postoffice, QStringLiteral("NWNET/PO1"));
        QVERIFY(!DirsyncSubject::parse(QStringLiteral("Re: lunch")).ok());
        QVERIFY(!DirsyncSubject::parse(QStringLiteral("$SYSTEM ReqTx R=x (was 1), S=1, I=1 1 sent")).ok());
    }

    void mutationsNeverCrashTheParser()
    {
        // A cheap stand-in for the fuzzer where clang is missing: damaged copies of a good message
        // are either read or refused, and what is read writes back and reads the same.
        const DirsyncText good = DirsyncCodec::encode(sample(false)).value();
        QRandomGenerator random(96060);
        const QString alphabet = QStringLiteral("AMDRT -:/\t\n0123456789[]=|xyzXYZ$");
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QString body = good.body;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body.remove(at, 1 + int(random.bounded(5)));
                    break;
                case 1:
                    body.insert(at, alphabet.at(int(random.bounded(alphabet.size()))));
                    break;
                default:
                    body[at] = alphabet.at(int(random.bounded(alphabet.size())));
                }
            }
            auto parsed = DirsyncCodec::parse(body);
            if (!parsed) {
                QVERIFY(!parsed.error().message().isEmpty());
                ++refused;
                continue;
            }
            auto again = DirsyncCodec::encode(parsed.value());
            if (!again)
                continue; // read leniently (single spaces), but not writable as it stands
            auto reread = DirsyncCodec::parse(again->body, again->attachment);
            QVERIFY2(reread.ok() && reread.value() == parsed.value(), qPrintable(body));
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestDirsyncCodec)
#include "tst_dirsync_codec.moc"
