#include "core/message/CrossingMessage.h"

#include <QTest>

using namespace sa::core;

/// The form of a message between two sites' Internet Mail Services: what goes in comes out, after
/// what an MTA does to a message on its way (headers added on top, CRLF turned into LF); the
/// signature holds for the pair's secret only and fails for any change of what the receiver
/// applies; and every malformed input is refused with a line that says what is wrong.
class TestCrossing : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_key = QByteArrayLiteral("a secret of the pair SEATTLE-LONDON");

    static CrossingMessage sample()
    {
        CrossingMessage c;
        c.organization = QStringLiteral("NORTHWIND");
        c.originSite = QStringLiteral("SEATTLE");
        c.targetSite = QStringLiteral("LONDON");
        c.message.id = QStringLiteral("0d9f1c2e-1111-2222-3333-444455556666@siteadmin");
        c.message.from = QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA");
        c.message.to = QStringLiteral("MS:NORTHWIND/LONDON/BERT");
        c.message.subject = QStringLiteral("Quarterly figures – Zürich & Łódź, 100 % done");
        c.message.body =
            QStringLiteral("Line one\nLine two with ümlauts\n.\nA line that is only a dot, above.\n");
        c.message.submitted = QDateTime(QDate(2026, 12, 4), QTime(13, 5, 7, 123), Qt::UTC);
        c.message.hops = 3;
        c.message.attachment = QByteArray("\x00\x01\x02binary\xff", 10);
        c.message.attachmentName = QStringLiteral("figures.xls");
        return c;
    }

    /// `mime` as Postfix hands it to a pipe: LF line ends, Return-Path and Received on top.
    static QByteArray asDelivered(QByteArray mime)
    {
        mime.replace("\r\n", "\n");
        return "Return-Path: <postmaster@seattle.northwind.test>\n"
               "Received: from x1 (localhost [127.0.0.1])\n\tby mta (Postfix) with ESMTP id 1234\n"
               "\tfor <IMCEAMS-NORTHWIND+2FLONDON+2FBERT@london.northwind.test>; Fri,  4 Dec 2026\n" +
               mime;
    }

    static QByteArray encoded(const CrossingMessage& c, const QByteArray& key)
    {
        return c.encode(key, QStringLiteral("postmaster@seattle.northwind.test"),
                        QStringLiteral("IMCEAMS-NORTHWIND+2FLONDON+2FBERT@london.northwind.test"));
    }

    void refused(const QByteArray& raw, const QString& expected)
    {
        auto d = CrossingMessage::decode(raw);
        QVERIFY2(!d, qPrintable(QStringLiteral("taken: %1").arg(QString::fromUtf8(raw.left(80)))));
        QVERIFY2(d.error().message().contains(expected),
                 qPrintable(d.error().message() + QStringLiteral(" / expected: ") + expected));
        QVERIFY(!d.error().message().contains(QLatin1Char('\n')));
    }

private Q_SLOTS:
    void roundTripAfterAnMta()
    {
        const CrossingMessage sent = sample();
        const QByteArray mime = encoded(sent, m_key);
        // Only printable ASCII on the wire, each line short: no MTA has a reason to re-encode it.
        for (const QByteArray& line : mime.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            for (char ch : line)
                QVERIFY2((ch >= 32 && ch < 127) || ch == '\r' || ch == '\t', line.constData());
        }
        QVERIFY(mime.contains("X-SiteAdmin-Kind: mail\r\n"));
        QVERIFY(mime.contains("X-SiteAdmin-Origin: SEATTLE\r\n"));
        QVERIFY(mime.contains("Subject: =?UTF-8?B?"));
        for (const QByteArray& raw : {mime, asDelivered(mime)}) {
            auto got = CrossingMessage::decode(raw);
            QVERIFY2(got, qPrintable(got ? QString() : got.error().message()));
            const Message& m = got->message;
            QCOMPARE(got->organization, sent.organization);
            QCOMPARE(got->originSite, sent.originSite);
            QCOMPARE(got->targetSite, sent.targetSite);
            QCOMPARE(m.id, sent.message.id);
            QCOMPARE(m.from, sent.message.from);
            QCOMPARE(m.to, sent.message.to);
            QCOMPARE(m.subject, sent.message.subject);
            QCOMPARE(m.body, sent.message.body);
            QCOMPARE(m.submitted, sent.message.submitted);
            QCOMPARE(m.hops, sent.message.hops);
            QCOMPARE(m.attachment, sent.message.attachment);
            QCOMPARE(m.attachmentName, sent.message.attachmentName);
            QVERIFY(got->verify(m_key));
        }
        // No attachment: no third part, and still a round trip.
        CrossingMessage plain = sample();
        plain.message.attachment.clear();
        plain.message.attachmentName.clear();
        plain.message.report = true;
        const QByteArray plainMime = encoded(plain, m_key);
        QVERIFY(!plainMime.contains("application/octet-stream"));
        auto got = CrossingMessage::decode(asDelivered(plainMime));
        QVERIFY(got);
        QVERIFY(got->message.report);
        QVERIFY(got->message.attachment.isEmpty());
        QVERIFY(got->verify(m_key));
    }

    void signatureHoldsForThePairOnly()
    {
        const QByteArray mime = encoded(sample(), m_key);
        auto got = CrossingMessage::decode(mime);
        QVERIFY(got);
        QVERIFY(!got->verify(QByteArrayLiteral("another pair's secret, not ours")));
        QVERIFY(!got->verify({}));
        // An unsigned message (no secret used) never verifies.
        CrossingMessage copy = got.value();
        copy.signature.clear();
        QVERIFY(!copy.verify(m_key));
    }

    void everyAppliedValueIsSigned_data()
    {
        QTest::addColumn<int>("field");
        const char* names[] = {"organization", "origin",     "target",         "id",        "from",
                               "to",           "subject",    "body",           "submitted", "hops",
                               "report",       "attachment", "attachment name"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyAppliedValueIsSigned()
    {
        QFETCH(int, field);
        auto got = CrossingMessage::decode(encoded(sample(), m_key));
        QVERIFY(got);
        CrossingMessage c = got.value();
        Message& m = c.message;
        switch (field) {
        case 0:
            c.organization = QStringLiteral("CONTOSO");
            break;
        case 1:
            c.originSite = QStringLiteral("PARIS");
            break;
        case 2:
            c.targetSite = QStringLiteral("TOKYO");
            break;
        case 3:
            m.id += QLatin1Char('x');
            break;
        case 4:
            m.from = QStringLiteral("MS:NORTHWIND/SEATTLE/BOSS");
            break;
        case 5:
            m.to = QStringLiteral("MS:NORTHWIND/LONDON/CARL");
            break;
        case 6:
            m.subject += QLatin1Char('!');
            break;
        case 7:
            m.body += QLatin1Char(' ');
            break;
        case 8:
            m.submitted = m.submitted.addMSecs(1);
            break;
        case 9:
            m.hops += 1;
            break;
        case 10:
            m.report = !m.report;
            break;
        case 11:
            m.attachment[0] = 'X';
            break;
        case 12:
            m.attachmentName = QStringLiteral("figures.exe");
            break;
        }
        QVERIFY(!c.verify(m_key));
    }

    void aChangedByteOnTheWayFails()
    {
        // The text part's base64 changed by a relay (one letter): it still decodes, but to other text.
        QByteArray mime = encoded(sample(), m_key);
        const QByteArray text = QByteArray("Line one\nLine two with ümlauts\n").toBase64().left(8);
        const qsizetype at = mime.indexOf(text);
        QVERIFY(at > 0);
        mime[at] = mime[at] == 'T' ? 'U' : 'T';
        auto got = CrossingMessage::decode(mime);
        QVERIFY(got);
        QVERIFY(!got->verify(m_key));
    }

    void badInputIsRefusedWithOneLine()
    {
        const QByteArray good = encoded(sample(), m_key);
        refused({}, QStringLiteral("the message is empty"));
        refused("\n\n  \r\n", QStringLiteral("the message is empty"));
        refused("just some text without a header\nor a blank line", QStringLiteral("not a MIME message"));
        refused("From: a@b\nSubject: hi\n\nhello\n", QStringLiteral("it has no X-SiteAdmin-Kind header"));
        QByteArray unknownKind = good;
        unknownKind.replace("X-SiteAdmin-Kind: mail", "X-SiteAdmin-Kind: shell-command");
        refused(unknownKind, QStringLiteral("unknown kind \"shell-command\""));
        QByteArray twoKinds = good;
        twoKinds.replace("X-SiteAdmin-Kind: mail\r\n",
                         "X-SiteAdmin-Kind: mail\r\nX-SiteAdmin-Kind: mail\r\n");
        refused(twoKinds, QStringLiteral("it has 2 X-SiteAdmin-Kind headers, one expected"));
        QByteArray unsigned_ = good;
        unsigned_.replace("X-SiteAdmin-Signature: v=1; a=hmac-sha256;",
                          "X-SiteAdmin-Signature: v=1; a=none;");
        refused(unsigned_, QStringLiteral("not an hmac-sha256 signature"));
        QByteArray noClose = good;
        noClose.chop(good.size() - good.lastIndexOf("--=_siteadmin"));
        refused(noClose, QStringLiteral("no closing boundary"));
        QByteArray damaged = good;
        const qsizetype json = damaged.indexOf("+json; charset=utf-8");
        const qsizetype payload = damaged.indexOf("\r\n\r\n", json) + 4;
        damaged[payload] = '*';
        refused(damaged, QStringLiteral("base64 is damaged"));
        QByteArray oversized = good;
        oversized.append(QByteArray(CrossingMessage::MaxSize, 'x'));
        refused(oversized, QStringLiteral("more than the"));
        QByteArray noOrigin = good;
        noOrigin.replace("X-SiteAdmin-Origin: SEATTLE\r\n", "");
        refused(noOrigin, QStringLiteral("it has no X-SiteAdmin-Origin header"));
    }
};

QTEST_GUILESS_MAIN(TestCrossing)
#include "tst_crossing.moc"
