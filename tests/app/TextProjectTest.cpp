// Text and sequence projects from the command line: `train` stores the vocabulary
// of the training split in the project, `predict` encodes new text (.txt lines or
// a .csv column) with it even after the training file is gone, `evaluate` counts
// every position of a tagging task, and a character model tells languages apart.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <filesystem>

using namespace nwtest;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject node(const char* id, const char* type, const QJsonObject& params, int x)
{
    return { { "id", id }, { "type", type }, { "params", params }, { "position", QJsonArray { x, 0 } } };
}

// Input [T] -> Embedding -> `middle` -> Dense(classes), cross-entropy.
void writeProject(const QString& path, const QString& spec, int length, int vocabulary, const QJsonArray& middle,
    int classes, int epochs, double learningRate = 0.02)
{
    QJsonArray nodes { node("input", "Input", { { "shape", QJsonArray { length } } }, 0),
        node("embed", "Embedding", { { "vocab_size", vocabulary }, { "dim", 16 } }, 200) };
    for (const QJsonValue& n : middle)
        nodes.append(n);
    nodes.append(node("out", "Dense", { { "units", classes } }, 800));
    QJsonArray edges;
    for (int i = 0; i + 1 < nodes.size(); ++i)
        edges.append(QJsonObject { { "from", nodes[i].toObject().value("id") }, { "to", nodes[i + 1].toObject().value("id") },
            { "port", 0 } });
    const QJsonObject project { { "format_version", 2 }, { "name", "text" },
        { "graph", QJsonObject { { "nodes", nodes }, { "edges", edges } } },
        { "training",
            QJsonObject { { "loss", "cross_entropy" }, { "learning_rate", learningRate }, { "batch_size", 32 },
                { "epochs", epochs }, { "seed", 1 } } },
        { "dataset", QJsonObject { { "spec", spec }, { "validation_fraction", 0.1 }, { "test_fraction", 0.2 } } } };
    writeFile(path, QJsonDocument(project).toJson());
}

} // namespace

TEST(TextProject, TrainStoresTheVocabularyAndPredictEncodesNewTextWithIt)
{
    QTemporaryDir dir;
    // Sentences whose label is decided by one word; "great"/"awful" carry the class.
    QByteArray csv = "review,label\n";
    const char* subjects[] = { "the film", "this book", "our meal", "the show", "that song", "the trip" };
    for (int i = 0; i < 120; ++i) {
        const bool good = i % 2 == 0;
        csv += QByteArray(subjects[(i / 2) % 6]) + " was " + (good ? "great" : "awful") + (i % 3 ? " indeed" : "") + ","
            + (good ? "pos" : "neg") + "\n";
    }
    writeFile(dir.filePath("reviews.csv"), csv);
    const QString project = dir.filePath("reviews.nwproj");
    writeProject(project, "text:reviews.csv?column=review&target=label&tokenizer=word&max_len=6", 6, 20,
        { node("pool", "SequencePool", { { "mode", "mean" } }, 400) }, 2, 30);
    const QString trained = dir.filePath("trained.nwproj");
    const CliResult train = runCli({ "train", project, "--out", trained }, { .timeout = std::chrono::minutes(2) });
    ASSERT_EQ(train.exitCode, 0) << qPrintable(train.describe());

    const QJsonObject vocabulary = readJson(trained).value("dataset").toObject().value("vocabulary").toObject();
    EXPECT_EQ(vocabulary.value("tokenizer").toString(), QStringLiteral("word"));
    EXPECT_EQ(vocabulary.value("max_len").toInt(), 6);
    const QJsonArray tokens = vocabulary.value("tokens").toArray();
    ASSERT_GE(tokens.size(), 10);
    EXPECT_EQ(tokens[0].toString(), QStringLiteral("<pad>"));
    EXPECT_EQ(tokens[1].toString(), QStringLiteral("<unk>"));
    EXPECT_EQ(tokens[2].toString(), QStringLiteral("was")); // in every sentence
    EXPECT_TRUE(tokens.contains(QStringLiteral("great")));

    // New text, the training file gone: the stored vocabulary still encodes it.
    ASSERT_TRUE(QFile::remove(dir.filePath("reviews.csv")));
    writeFile(dir.filePath("new.txt"), "the film was great\nour meal was awful\nan unseen word was great\n");
    const CliResult lines = runCli({ "predict", trained, "--input", dir.filePath("new.txt"), "--json" });
    ASSERT_EQ(lines.exitCode, 0) << qPrintable(lines.describe());
    QString problem;
    const auto json = singleJsonObject(lines.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonArray predictions = json->value("predictions").toArray();
    ASSERT_EQ(predictions.size(), 3);
    // Without the training file the class names are numbers: 0 = neg, 1 = pos (sorted).
    EXPECT_EQ(predictions[0].toObject().value("predicted").toString(), QStringLiteral("1"));
    EXPECT_EQ(predictions[1].toObject().value("predicted").toString(), QStringLiteral("0"));
    EXPECT_EQ(predictions[2].toObject().value("predicted").toString(), QStringLiteral("1"));
    EXPECT_EQ(predictions[2].toObject().value("origin").toString(), QStringLiteral("new.txt:3"));
    EXPECT_TRUE(lines.err().contains(QStringLiteral("became <unk>"))) << qPrintable(lines.err());

    // A CSV whose column is named as in training.
    writeFile(dir.filePath("new.csv"), "id,review\n1,this book was awful\n2,that song was great indeed\n");
    const CliResult table = runCli({ "predict", trained, "--input", dir.filePath("new.csv") });
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.describe());
    const QStringList rows = table.out().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("0,0,"))) << qPrintable(rows[1]);
    EXPECT_TRUE(rows[2].startsWith(QStringLiteral("1,1,"))) << qPrintable(rows[2]);

    // Bad input names the file and the problem: a CSV without the text column, bytes that are not UTF-8.
    writeFile(dir.filePath("bad.csv"), "a,b\nx,y\n");
    const CliResult noColumn = runCli({ "predict", trained, "--input", dir.filePath("bad.csv") });
    EXPECT_EQ(noColumn.exitCode, 1);
    EXPECT_TRUE(noColumn.err().contains(dir.filePath("bad.csv") + QStringLiteral(": no text column 'review'")))
        << qPrintable(noColumn.err());
    writeFile(dir.filePath("bad.txt"), "fine\nnot \xff utf-8\n");
    const CliResult notUtf8 = runCli({ "predict", trained, "--input", dir.filePath("bad.txt") });
    EXPECT_EQ(notUtf8.exitCode, 1);
    EXPECT_TRUE(notUtf8.err().contains(dir.filePath("bad.txt") + QStringLiteral(":2: is not UTF-8 text")))
        << qPrintable(notUtf8.err());
}

TEST(TextProject, EvaluateCountsEveryPositionOfATaggingTask)
{
    QTemporaryDir dir;
    const QString project = dir.filePath("reverse.nwproj");
    writeProject(project, "sequence:reverse?length=5&samples=300", 5, 10,
        { node("lstm", "LSTM", { { "units", 16 }, { "return_sequences", true }, { "bidirectional", true } }, 400) }, 10, 2);
    const QString trained = dir.filePath("trained.nwproj");
    const CliResult train = runCli({ "train", project, "--out", trained }, { .timeout = std::chrono::minutes(2) });
    ASSERT_EQ(train.exitCode, 0) << qPrintable(train.describe());
    EXPECT_FALSE(readJson(trained).value("dataset").toObject().contains("vocabulary")); // a fixed alphabet
    const CliResult evaluate = runCli({ "evaluate", trained, "--json" });
    ASSERT_EQ(evaluate.exitCode, 0) << qPrintable(evaluate.describe());
    QString problem;
    const auto json = singleJsonObject(evaluate.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonObject test = json->contains("test") ? json->value("test").toObject() : *json;
    EXPECT_EQ(test.value("samples").toInt(), 60);
    EXPECT_EQ(test.value("positions").toInt(), 300); // 60 samples x 5 positions
    qint64 support = 0;
    for (const QJsonValue& row : test.value("confusion_matrix").toArray())
        for (const QJsonValue& v : row.toArray())
            support += v.toInteger();
    EXPECT_EQ(support, 300);
}

TEST(TextProject, ACharacterModelTellsLanguagesApart)
{
    if (!std::filesystem::exists("/usr/share/dict/american-english") || !std::filesystem::exists("/usr/share/dict/ngerman")
        || !std::filesystem::exists("/usr/share/dict/french"))
        GTEST_SKIP() << "Debian's word lists are not installed (scripts/install-deps.sh)";
    QTemporaryDir dir;
    const QString project = dir.filePath("words.nwproj");
    writeProject(project, "words:/usr/share/dict?languages=english,german,french&words=600&max_len=10", 10, 60,
        { node("lstm", "LSTM", { { "units", 32 } }, 400) }, 3, 12, 0.01);
    const QString trained = dir.filePath("trained.nwproj");
    const CliResult train = runCli({ "train", project, "--out", trained }, { .timeout = std::chrono::minutes(4) });
    ASSERT_EQ(train.exitCode, 0) << qPrintable(train.describe());
    const CliResult evaluate = runCli({ "evaluate", trained, "--json" });
    ASSERT_EQ(evaluate.exitCode, 0) << qPrintable(evaluate.describe());
    QString problem;
    const auto json = singleJsonObject(evaluate.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonObject test = json->contains("test") ? json->value("test").toObject() : *json;
    // Chance is 1/3; letters such as ß, ü, é, "sch" and "-tion" give most words away.
    EXPECT_GT(test.value("accuracy").toDouble(), 0.7) << qPrintable(evaluate.out());
}
