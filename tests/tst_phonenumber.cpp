// SPDX-License-Identifier: MIT
#include "PhoneNumber.h"

#include <QTest>

using novapost::PhoneNumber;
using Problem = PhoneNumber::Problem;

class PhoneNumberTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void messagesAreSentences();
    void displayText();
};

void PhoneNumberTest::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("plus and spaces") << "+49 821 343-7654"
                                     << "498213437654" << Problem::None;
    QTest::newRow("double zero") << "0049 8213437654"
                                 << "498213437654" << Problem::None;
    QTest::newRow("brackets") << "(49) 821 3437654"
                              << "498213437654" << Problem::None;
    QTest::newRow("plain digits") << "498213437654"
                                  << "498213437654" << Problem::None;
    QTest::newRow("dots and slash") << "+48.900/555.111"
                                    << "48900555111" << Problem::None;
    QTest::newRow("surrounding blanks") << "  \t+370 6123 4567 \n"
                                        << "37061234567" << Problem::None;
    QTest::newRow("non-breaking space")
        << QStringLiteral("+49\u00a0821\u00a03437654") << "498213437654" << Problem::None;
    QTest::newRow("exactly 8 digits") << "+12345678"
                                      << "12345678" << Problem::None;
    QTest::newRow("exactly 15 digits") << "+123456789012345"
                                       << "123456789012345" << Problem::None;
    QTest::newRow("empty") << ""
                           << "" << Problem::Empty;
    QTest::newRow("blank") << "   "
                           << "" << Problem::Empty;
    QTest::newRow("letters") << "+49 821 CALL ME"
                             << "" << Problem::InvalidCharacters;
    QTest::newRow("plus in the middle") << "49+8213437654"
                                        << "" << Problem::InvalidCharacters;
    QTest::newRow("two plus signs") << "++498213437654"
                                    << "" << Problem::InvalidCharacters;
    QTest::newRow("only separators") << "--()"
                                     << "" << Problem::InvalidCharacters;
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("+٤٩٨٢١٣٤٣٧٦٥٤") << "" << Problem::InvalidCharacters;
    QTest::newRow("national format") << "0821 3437654"
                                     << "" << Problem::MissingCountryCode;
    QTest::newRow("seven digits") << "+1234567"
                                  << "" << Problem::TooShort;
    QTest::newRow("double zero then short") << "0049 821"
                                            << "" << Problem::TooShort;
    QTest::newRow("sixteen digits") << "+1234567890123456"
                                    << "" << Problem::TooLong;
    QTest::newRow("absurdly long") << QString(500, QLatin1Char('9')) << "" << Problem::TooLong;
    QTest::newRow("ukrainian plus") << "+380 44 123 4567"
                                    << "" << Problem::UkrainianNotSupported;
    QTest::newRow("ukrainian double zero") << "00380441234567"
                                           << "" << Problem::UkrainianNotSupported;
}

void PhoneNumberTest::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(Problem, problem);

    const PhoneNumber phone = PhoneNumber::parse(input);
    QCOMPARE(phone.problem(), problem);
    QCOMPARE(phone.digits(), digits);
    QCOMPARE(phone.isValid(), problem == Problem::None);
}

void PhoneNumberTest::messagesAreSentences()
{
    const QList<QString> inputs = {"", "abc", "0821 3437654", "+1234", "+1234567890123456", "+380441234567"};
    QStringList seen;
    for (const QString& input : inputs) {
        const QString message = PhoneNumber::parse(input).errorMessage();
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY2(message.at(0).isUpper(), qPrintable(message));
        QVERIFY2(!seen.contains(message), "each problem has its own message");
        seen.append(message);
    }
    QVERIFY(PhoneNumber::parse("+49 821 343-7654").errorMessage().isEmpty());
}

void PhoneNumberTest::displayText()
{
    QCOMPARE(PhoneNumber::parse("0049 8213437654").displayText(), QStringLiteral("+498213437654"));
    QVERIFY(PhoneNumber::parse("x").displayText().isEmpty());
}

QTEST_GUILESS_MAIN(PhoneNumberTest)
#include "tst_phonenumber.moc"
