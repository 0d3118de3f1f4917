// The interface languages: every .ts file is completely translated and keeps the
// source's placeholders, mnemonics and markup; the language setting reaches the
// window; and pictures of the translated window for the user guide.
#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "GuiTestSupport.h"
#include "support/ScreenshotChecks.h"
#include "Languages.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RunMessages.h"
#include "engine/TrainingEndText.h"

#include "analysis/EvaluationDock.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphView.h"
#include "model/GraphMessages.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <cmath>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace nw;

namespace {

const QStringList kTsFiles = { QStringLiteral("netwright_de.ts"), QStringLiteral("netwright_es.ts"),
    QStringLiteral("netwright_fr.ts"), QStringLiteral("netwright_zh_CN.ts") };

struct Message {
    QString context;
    QString source;
    QString type; // of <translation>: "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations = { xml.readElementText() };
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& re, const QString& text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    return found;
}

// %1, %L1, %n: arguments the code fills in.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    return sorted(matches(re, text));
}

// <b>, </p>: markup the translation must keep.
QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    return sorted(matches(re, text));
}

// Keyboard mnemonics: "&File" has one, "&&" is a literal ampersand.
int mnemonics(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)(?![a-z]+;)\\S"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(matches(re, plain).size());
}

// Every problem of one translation, or nothing.
QStringList problems(const Message& m)
{
    QStringList found;
    if (m.type == QLatin1String("unfinished"))
        found << QStringLiteral("unfinished");
    else if (!m.type.isEmpty())
        found << m.type; // vanished/obsolete entries belong removed (lupdate -no-obsolete)
    if (m.translations.isEmpty())
        found << QStringLiteral("no translation");
    for (const QString& t : m.translations) {
        if (t.trimmed().isEmpty()) {
            found << QStringLiteral("empty");
            continue;
        }
        if (placeholders(t) != placeholders(m.source))
            found << QStringLiteral("placeholders %1 instead of %2")
                         .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')));
        if ((mnemonics(m.source) > 0) != (mnemonics(t) == 1) || mnemonics(t) > 1)
            found << QStringLiteral("%1 mnemonics, the source has %2").arg(mnemonics(t)).arg(mnemonics(m.source));
        if (tags(t) != tags(m.source))
            found << QStringLiteral("markup differs");
        if (t.count(QLatin1Char('\n')) != m.source.count(QLatin1Char('\n')))
            found << QStringLiteral("line breaks differ");
        if (t.startsWith(QLatin1Char(' ')) != m.source.startsWith(QLatin1Char(' ')))
            found << QStringLiteral("leading space differs"); // suffixes such as " px"
    }
    return found;
}

// Sets the language as the Preferences dialog would and installs it as main() does;
// the destructor goes back to the default so later tests see English.
class LanguageScope {
public:
    explicit LanguageScope(const QString& code)
    {
        Languages::setChosen(code);
        m_installed = Languages::install();
    }
    ~LanguageScope()
    {
        Languages::setChosen(QString());
        Languages::install();
        QLocale::setDefault(QLocale::c());
    }
    bool installed() const { return m_installed; }

private:
    bool m_installed = false;
};

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void grabTranslated(const QString& code, const QString& file)
{
    LanguageScope language(code);
    ASSERT_TRUE(language.installed());
    QTemporaryDir autosave;
    QSettings().remove(QStringLiteral("mainWindow"));
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 920);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("spiral"))));
    QTest::qWait(300); // docks and the scene settle before the view fits the network
    window.editor()->fitToView();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(file)));
    // The menus speak the language, and the network is on show whole.
    EXPECT_NE(menuTitles(window).value(0), QStringLiteral("&File"));
    EXPECT_EQ(test::itemsOutsideView(window.editor()->view()), 0);
    EXPECT_GT(test::distinctColours(image, test::areaIn(&window, window.editor()->view())), 20);
    if (window.document()->isModified())
        test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

} // namespace

TEST(Translations, EveryFileIsCompleteAndKeepsPlaceholders)
{
    for (const QString& name : kTsFiles) {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(NETWRIGHT_SOURCE_DIR "/translations/") + name, &error);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(name) << ": " << qPrintable(error);
        EXPECT_GT(messages.size(), 400) << qPrintable(name);
        int bad = 0;
        for (const Message& m : messages) {
            const QStringList found = problems(m);
            if (found.isEmpty())
                continue;
            ++bad;
            ADD_FAILURE() << qPrintable(name) << " [" << qPrintable(m.context) << "] \"" << qPrintable(m.source)
                          << "\": " << qPrintable(found.join(QStringLiteral("; ")));
        }
        EXPECT_EQ(bad, 0) << qPrintable(name);
    }
}

TEST(Translations, CheckerCatchesBrokenEntries)
{
    const Message good { {}, QStringLiteral("&Open %1…"), {}, { QStringLiteral("Ö&ffnen %1…") } };
    EXPECT_TRUE(problems(good).isEmpty());
    Message unfinished = good;
    unfinished.type = QStringLiteral("unfinished");
    EXPECT_FALSE(problems(unfinished).isEmpty());
    Message lostPlaceholder = good;
    lostPlaceholder.translations = { QStringLiteral("Ö&ffnen…") };
    EXPECT_FALSE(problems(lostPlaceholder).isEmpty());
    Message lostMnemonic = good;
    lostMnemonic.translations = { QStringLiteral("Öffnen %1…") };
    EXPECT_FALSE(problems(lostMnemonic).isEmpty());
    const Message lostTag { {}, QStringLiteral("<b>%1</b>"), {}, { QStringLiteral("%1") } };
    EXPECT_FALSE(problems(lostTag).isEmpty());
    const Message empty { {}, QStringLiteral("Loss"), {}, { QString() } };
    EXPECT_FALSE(problems(empty).isEmpty());
}

TEST(Translations, EveryLanguageIsEmbedded)
{
    for (const Language& language : Languages::available()) {
        if (language.code == QLatin1String("en"))
            continue;
        LanguageScope scope(language.code);
        EXPECT_TRUE(scope.installed()) << qPrintable(language.code);
        EXPECT_NE(QCoreApplication::translate("nw::MainWindow", "&File"), QStringLiteral("&File"))
            << qPrintable(language.code);
    }
}

TEST(Translations, GermanSettingGivesGermanMenus)
{
    LanguageScope german(QStringLiteral("de"));
    ASSERT_TRUE(german.installed());
    MainWindow window;
    const QStringList titles = menuTitles(window);
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_EQ(titles.first(), QStringLiteral("&Datei"));
    EXPECT_TRUE(titles.contains(QStringLiteral("&Bearbeiten")));
    EXPECT_TRUE(titles.contains(QStringLiteral("&Hilfe")));
    EXPECT_EQ(window.action(QStringLiteral("actionPreferences"))->text(), QStringLiteral("&Einstellungen…"));
    // The layer registry's names come through QT_TRANSLATE_NOOP.
    EXPECT_EQ(QCoreApplication::translate("LayerRegistry", "Convolution"), QStringLiteral("Faltung"));
}

TEST(Translations, PreferencesStoreTheLanguage)
{
    MainWindow window;
    QAction* preferences = window.action(QStringLiteral("actionPreferences"));
    ASSERT_NE(preferences, nullptr);
    EXPECT_EQ(preferences->shortcut(), QKeySequence(QKeySequence::Preferences));

    Languages::setChosen(QString());
    PreferencesDialog dialog;
    QComboBox* box = dialog.languageBox();
    ASSERT_EQ(box->count(), 6); // System default, English, Deutsch, Español, Français, 中文(简体)
    EXPECT_EQ(box->currentIndex(), 0);
    EXPECT_EQ(box->itemText(5), QStringLiteral("中文(简体)"));
    box->setCurrentIndex(box->findData(QStringLiteral("fr")));
    EXPECT_TRUE(dialog.apply()); // a change: the window offers to restart
    EXPECT_EQ(Languages::chosen(), QStringLiteral("fr"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    EXPECT_FALSE(dialog.apply()); // the same again: nothing to restart for
    box->setCurrentIndex(0);
    dialog.apply();
    EXPECT_TRUE(Languages::chosen().isEmpty());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
}

TEST(Translations, EnglishIsTheDefault)
{
    LanguageScope english(QStringLiteral("en"));
    MainWindow window;
    EXPECT_EQ(menuTitles(window).value(0), QStringLiteral("&File"));
}

TEST(Translations, HowARunEndedIsWordedFromTheEnginesData)
{
    TrainingResult completed;
    completed.epochsCompleted = 3;
    TrainingResult one;
    one.epochsCompleted = 1;
    TrainingResult stopped;
    stopped.status = TrainingStatus::Stopped;
    stopped.stopEpoch = 4;
    stopped.stopBatch = 12;
    TrainingResult early;
    early.status = TrainingStatus::EarlyStopped;
    early.stopEpoch = 7;
    early.bestEpoch = 4;
    early.patience = 2;
    early.monitoredValidation = true;
    early.bestWeightsRestored = true;
    TrainingResult diverged;
    diverged.status = TrainingStatus::Diverged;
    diverged.stopEpoch = 2;
    diverged.stopBatch = 14;
    diverged.divergedLoss = NAN;
    diverged.learningRate = 10.0f;

    // English: the engine's own words.
    for (const TrainingResult& r : { completed, one, stopped, early, diverged })
        EXPECT_EQ(RunMessages::describe(r), QString::fromStdString(describeTrainingEnd(r)));
    EXPECT_EQ(RunMessages::describe(one), QStringLiteral("completed 1 epoch"));

    LanguageScope german(QStringLiteral("de"));
    ASSERT_TRUE(german.installed());
    EXPECT_EQ(RunMessages::describe(completed), QStringLiteral("3 Epochen abgeschlossen"));
    EXPECT_EQ(RunMessages::describe(one), QStringLiteral("1 Epoche abgeschlossen"));
    EXPECT_EQ(RunMessages::describe(stopped), QStringLiteral("gestoppt in Epoche 4, Stapel 12"));
    EXPECT_TRUE(RunMessages::describe(early).contains(QStringLiteral("Validierungsverlust")));
    EXPECT_TRUE(RunMessages::describe(early).contains(QStringLiteral("beste Epoche 5")));
    EXPECT_TRUE(RunMessages::describe(diverged).startsWith(QStringLiteral("Der Verlust wurde nan")));
}

TEST(Translations, NetworkProblemsAreWordedFromTheEnginesData)
{
    NodeMessage few { "sum", GraphProblem::TooFewInputs, { "Add 'sum'", "2", "1" }, {} };
    few.text = describeGraphProblem(few.problem, few.args);
    NodeMessage loose { "", GraphProblem::LooseEnds, { "2", "'a', 'b'" }, {} };
    loose.text = describeGraphProblem(loose.problem, loose.args);
    NodeMessage rejected { "fc", GraphProblem::LayerRejected, { "Dense 'fc'", "expects a flat input" }, {} };
    rejected.text = describeGraphProblem(rejected.problem, rejected.args);

    // English: the engine's own words.
    for (const NodeMessage& m : { few, loose, rejected })
        EXPECT_EQ(GraphMessages::describe(m), QString::fromStdString(m.text));

    LanguageScope german(QStringLiteral("de"));
    ASSERT_TRUE(german.installed());
    EXPECT_EQ(GraphMessages::describe(few),
        QStringLiteral("Add 'sum' braucht mindestens 2 Eingänge, hat aber 1: verbinden Sie einen weiteren Knoten"));
    EXPECT_EQ(GraphMessages::describe(loose),
        QStringLiteral("das Netz hat 2 offene Enden ('a', 'b'): verbinden Sie sie oder wählen Sie, welches die Ausgabe ist"));
    // A layer's own reason stays as the engine says it.
    EXPECT_EQ(GraphMessages::describe(rejected), QStringLiteral("Dense 'fc' expects a flat input"));
}

TEST(Screenshots, WindowGerman)
{
    grabTranslated(QStringLiteral("de"), QStringLiteral("window-de.png"));
}

TEST(Screenshots, WindowChinese)
{
    grabTranslated(QStringLiteral("zh_CN"), QStringLiteral("window-zh_CN.png"));
}

TEST(Screenshots, EvaluationDockGerman)
{
    LanguageScope language(QStringLiteral("de"));
    ASSERT_TRUE(language.installed());
    QTemporaryDir autosave;
    test::FirstStartLayout layout;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 920);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("iris"))));
    QDockWidget* dock = window.analysis()->evaluationDock();
    dock->raise();
    AnalysisController* controller = window.analysis()->controller();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->evaluationsDelivered() > 0 && !controller->isBusy(); }, 20000));
    EXPECT_TRUE(window.analysis()->evaluation()->statusText().startsWith(QStringLiteral("Testteil")))
        << window.analysis()->evaluation()->statusText().toStdString();
    EXPECT_TRUE(dock->grab().save(test::screenshotPath(QStringLiteral("evaluation-de.png"))));
    window.close();
}

