// `netwright-cli predict`: a project trained here (xor, iris, digits) run on new
// samples in every input form (.npy, CSV with and without the target column, a
// folder of images, a single image, IDX), with CSV, .npy and JSON output checked
// for content (probabilities sum to 1, predicted = argmax), and bad inputs
// refused with exit 1 naming the file, usage errors with exit 2.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

using namespace nwtest;

namespace {

// A float32 .npy v1.0 file, C order: the format numpy.save writes.
void writeNpy(const QString& path, const std::vector<int>& shape, const std::vector<float>& values)
{
    QString dims;
    for (int d : shape)
        dims += QString::number(d) + QStringLiteral(", ");
    if (shape.size() > 1)
        dims.chop(2);
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1), }").arg(dims.trimmed()).toLatin1();
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian(static_cast<quint16>(header.size()));
    bytes += QByteArray(reinterpret_cast<const char*>(&length), 2) + header;
    bytes += QByteArray(reinterpret_cast<const char*>(values.data()), static_cast<qsizetype>(values.size() * sizeof(float)));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The float32 data and shape text of a .npy file predict wrote.
std::vector<float> readNpy(const QString& path, QString* shape)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    const int length = static_cast<uchar>(bytes[8]) | (static_cast<uchar>(bytes[9]) << 8);
    const QString header = QString::fromLatin1(bytes.mid(10, length));
    *shape = header.section(QStringLiteral("'shape': ("), 1).section(QLatin1Char(')'), 0, 0);
    EXPECT_TRUE(header.contains(QLatin1String("'<f4'"))) << qPrintable(header);
    std::vector<float> values(static_cast<std::size_t>(bytes.size() - 10 - length) / sizeof(float));
    std::memcpy(values.data(), bytes.constData() + 10 + length, values.size() * sizeof(float));
    return values;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Rows of digits.csv (64 pixels 0..16, then the digit) as 8x8 gray bytes 0..255.
std::vector<QByteArray> digitImages(int count, QStringList* labels)
{
    QFile f(source(QStringLiteral("resources/datasets/digits.csv")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    f.readLine();
    std::vector<QByteArray> images;
    for (int i = 0; i < count; ++i) {
        const QList<QByteArray> fields = f.readLine().trimmed().split(',');
        QByteArray pixels;
        for (int p = 0; p < 64; ++p)
            pixels += static_cast<char>(std::min(255, fields.value(p).toInt() * 16));
        labels->append(QString::fromLatin1(fields.value(64)));
        images.push_back(pixels);
    }
    return images;
}

struct CsvOutput {
    QStringList header;
    QList<QStringList> rows;
};

CsvOutput parseCsv(const QString& text)
{
    CsvOutput csv;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return csv;
    csv.header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString& line : lines)
        csv.rows.append(line.split(QLatin1Char(',')));
    return csv;
}

// Every row: probabilities (columns 2..) sum to 1 and `predicted` is the class of the largest.
void expectConsistentClassifierCsv(const CsvOutput& csv, int samples)
{
    ASSERT_GE(csv.header.size(), 3);
    EXPECT_EQ(csv.header[0], QStringLiteral("sample"));
    EXPECT_EQ(csv.header[1], QStringLiteral("predicted"));
    ASSERT_EQ(csv.rows.size(), samples);
    for (int i = 0; i < csv.rows.size(); ++i) {
        const QStringList& row = csv.rows[i];
        ASSERT_EQ(row.size(), csv.header.size());
        EXPECT_EQ(row[0].toInt(), i);
        double sum = 0.0, best = -1.0;
        QString argmax;
        for (int c = 2; c < row.size(); ++c) {
            const double p = row[c].toDouble();
            EXPECT_GE(p, 0.0);
            sum += p;
            if (p > best) {
                best = p;
                argmax = csv.header[c].mid(2).chopped(1); // "p(name)"
            }
        }
        EXPECT_NEAR(sum, 1.0, 1e-5) << qPrintable(row.join(','));
        EXPECT_EQ(row[1], argmax);
    }
}

class PredictCommand : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        for (const auto& [name, epochs] : { std::pair { "xor", "20" }, { "iris", "40" }, { "digits", "4" } }) {
            const CliResult r = runCli({ QStringLiteral("train"),
                source(QStringLiteral("resources/examples/%1.nwproj").arg(QLatin1String(name))), QStringLiteral("--epochs"),
                QLatin1String(epochs), QStringLiteral("--out"), project(QLatin1String(name)) }, { .timeout = std::chrono::minutes(3) });
            ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        }
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static QString path(const QString& name) { return s_dir->filePath(name); }
    static QString project(const QString& name) { return path(name + QStringLiteral(".nwproj")); }

    static CliResult predict(const QString& projectName, const QStringList& options)
    {
        return runCli(QStringList { QStringLiteral("predict"), project(projectName) } + options);
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
};

std::unique_ptr<QTemporaryDir> PredictCommand::s_dir;

} // namespace

TEST_F(PredictCommand, NpyBatchPrintsCsvWithProbabilitiesAndArgmax)
{
    writeNpy(path("xor.npy"), { 4, 2 }, { 1, 1, -1, -1, 1, -1, -1, 1 });
    const CliResult r = predict(QStringLiteral("xor"), { QStringLiteral("--input"), path("xor.npy") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const CsvOutput csv = parseCsv(r.out());
    EXPECT_EQ(csv.header, (QStringList { "sample", "predicted", "p(orange)", "p(blue)" }));
    expectConsistentClassifierCsv(csv, 4);
    // XOR: same signs are one class, different signs the other.
    ASSERT_EQ(csv.rows.size(), 4);
    EXPECT_EQ(csv.rows[0][1], csv.rows[1][1]);
    EXPECT_EQ(csv.rows[2][1], csv.rows[3][1]);
    EXPECT_NE(csv.rows[0][1], csv.rows[2][1]);
}

TEST_F(PredictCommand, NpySingleSampleWithoutBatchDimension)
{
    writeNpy(path("one.npy"), { 2 }, { 1, 1 });
    const CliResult r = predict(QStringLiteral("xor"), { QStringLiteral("--input"), path("one.npy") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    expectConsistentClassifierCsv(parseCsv(r.out()), 1);
}

TEST_F(PredictCommand, JsonIsOneDocumentWithClassesAndPredictions)
{
    writeNpy(path("xor3.npy"), { 3, 2 }, { 1, 1, -1, 1, 0.5f, -0.5f });
    const CliResult r = predict(QStringLiteral("xor"), { QStringLiteral("--input"), path("xor3.npy"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    EXPECT_EQ(json->value("command").toString(), QStringLiteral("predict"));
    EXPECT_EQ(json->value("project").toString(), project("xor"));
    EXPECT_EQ(json->value("input").toString(), path("xor3.npy"));
    const QJsonArray classes = json->value("classes").toArray();
    EXPECT_EQ(classes, (QJsonArray { "orange", "blue" }));
    const QJsonArray predictions = json->value("predictions").toArray();
    ASSERT_EQ(predictions.size(), 3);
    for (int i = 0; i < predictions.size(); ++i) {
        const QJsonObject p = predictions[i].toObject();
        EXPECT_EQ(p.value("sample").toInt(), i);
        const QJsonArray probs = p.value("probabilities").toArray();
        ASSERT_EQ(probs.size(), 2);
        EXPECT_NEAR(probs[0].toDouble() + probs[1].toDouble(), 1.0, 1e-6);
        EXPECT_EQ(p.value("predicted").toString(), classes[probs[0].toDouble() > probs[1].toDouble() ? 0 : 1].toString());
    }
}

TEST_F(PredictCommand, CsvInputWithTargetColumnIsStandardisedAndTheTargetIgnored)
{
    // The first rows of iris.csv, target included: setosa, setosa, versicolor, virginica.
    writeFile(path("iris-with-target.csv"),
        "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm,species\n"
        "5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n6.4,3.2,4.5,1.5,versicolor\n7.7,3.8,6.7,2.2,virginica\n");
    const CliResult r = predict(QStringLiteral("iris"), { QStringLiteral("--input"), path("iris-with-target.csv"),
        QStringLiteral("--output"), path("iris.csv") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("ignoring column 'species'"))) << qPrintable(r.describe());
    QFile f(path("iris.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const CsvOutput csv = parseCsv(QString::fromUtf8(f.readAll()));
    EXPECT_EQ(csv.header, (QStringList { "sample", "predicted", "p(setosa)", "p(versicolor)", "p(virginica)" }));
    expectConsistentClassifierCsv(csv, 4);
    ASSERT_EQ(csv.rows.size(), 4);
    // Unstandardised features would put every flower in one class.
    EXPECT_EQ(csv.rows[0][1], QStringLiteral("setosa"));
    EXPECT_EQ(csv.rows[1][1], QStringLiteral("setosa"));
    EXPECT_EQ(csv.rows[3][1], QStringLiteral("virginica"));
}

TEST_F(PredictCommand, CsvInputWithoutTargetAndColumnsInAnotherOrder)
{
    writeFile(path("iris-features.csv"),
        "petal_width_cm,petal_length_cm,sepal_width_cm,sepal_length_cm\n0.2,1.4,3.5,5.1\n2.2,6.7,3.8,7.7\n");
    const CliResult r = predict(QStringLiteral("iris"), { QStringLiteral("--input"), path("iris-features.csv") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const CsvOutput csv = parseCsv(r.out());
    expectConsistentClassifierCsv(csv, 2);
    ASSERT_EQ(csv.rows.size(), 2);
    EXPECT_EQ(csv.rows[0][1], QStringLiteral("setosa"));
    EXPECT_EQ(csv.rows[1][1], QStringLiteral("virginica"));
}

TEST_F(PredictCommand, NpyOutputHoldsFloat32ProbabilitiesPerSample)
{
    writeFile(path("iris2.csv"), "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,3.5,1.4,0.2\n6.4,3.2,4.5,1.5\n");
    const CliResult r = predict(QStringLiteral("iris"), { QStringLiteral("--input"), path("iris2.csv"), QStringLiteral("--output"),
        path("iris-out.npy") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.out().isEmpty());
    QString shape;
    const std::vector<float> p = readNpy(path("iris-out.npy"), &shape);
    EXPECT_EQ(shape, QStringLiteral("2, 3"));
    ASSERT_EQ(p.size(), 6u);
    for (int i = 0; i < 2; ++i)
        EXPECT_NEAR(p[3 * i] + p[3 * i + 1] + p[3 * i + 2], 1.0f, 1e-5f);
    EXPECT_GT(p[0], 0.5f); // the first row is a setosa
}

TEST_F(PredictCommand, ImageFolderAndSingleImage)
{
    QStringList labels;
    const std::vector<QByteArray> images = digitImages(6, &labels);
    QDir(path(QString())).mkdir(QStringLiteral("digits"));
    for (std::size_t i = 0; i < images.size(); ++i)
        writeFile(path(QStringLiteral("digits/%1.pgm").arg(i, 2, 10, QLatin1Char('0'))), "P5\n8 8\n255\n" + images[i]);
    writeFile(path("digits/notes.txt"), "not an image, ignored");
    const CliResult r = predict(QStringLiteral("digits"), { QStringLiteral("--input"), path("digits") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const CsvOutput csv = parseCsv(r.out());
    expectConsistentClassifierCsv(csv, 6);
    int correct = 0;
    for (int i = 0; i < csv.rows.size(); ++i)
        correct += csv.rows[i].value(1) == labels[i];
    EXPECT_GE(correct, 4) << qPrintable(r.out());

    const CliResult one = predict(QStringLiteral("digits"), { QStringLiteral("--input"), path("digits/00.pgm"), QStringLiteral("--json") });
    ASSERT_EQ(one.exitCode, 0) << qPrintable(one.describe());
    QString problem;
    const auto json = singleJsonObject(one.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonArray predictions = json->value("predictions").toArray();
    ASSERT_EQ(predictions.size(), 1);
    EXPECT_EQ(predictions[0].toObject().value("predicted").toString(), csv.rows.value(0).value(1));
    EXPECT_EQ(predictions[0].toObject().value("origin").toString(), QStringLiteral("00.pgm"));
}

TEST_F(PredictCommand, IdxImagesGiveTheSamePredictionsAsTheImages)
{
    QStringList labels;
    const std::vector<QByteArray> images = digitImages(3, &labels);
    QByteArray idx("\0\0\x08\x03", 4);
    for (quint32 d : { 3u, 8u, 8u }) {
        const quint32 be = qToBigEndian(d);
        idx += QByteArray(reinterpret_cast<const char*>(&be), 4);
    }
    QDir(path(QString())).mkdir(QStringLiteral("three"));
    for (std::size_t i = 0; i < images.size(); ++i) {
        idx += images[i];
        writeFile(path(QStringLiteral("three/%1.pgm").arg(i)), "P5\n8 8\n255\n" + images[i]);
    }
    writeFile(path("digits-idx3-ubyte"), idx);
    const CliResult fromIdx = predict(QStringLiteral("digits"), { QStringLiteral("--input"), path("digits-idx3-ubyte") });
    ASSERT_EQ(fromIdx.exitCode, 0) << qPrintable(fromIdx.describe());
    expectConsistentClassifierCsv(parseCsv(fromIdx.out()), 3);
    const CliResult fromImages = predict(QStringLiteral("digits"), { QStringLiteral("--input"), path("three") });
    ASSERT_EQ(fromImages.exitCode, 0) << qPrintable(fromImages.describe());
    EXPECT_EQ(fromIdx.out(), fromImages.out());
}

TEST_F(PredictCommand, BadInputsExitOneNamingTheFile)
{
    writeNpy(path("wrong-shape.npy"), { 3, 5 }, std::vector<float>(15, 0.0f));
    writeNpy(path("nan.npy"), { 1, 2 }, { std::nanf(""), 0.0f });
    writeFile(path("truncated.npy"), QByteArray("\x93NUMPY\x01\x00", 8) + "garbage");
    writeFile(path("broken.png"), "this is not a png");
    writeFile(path("text.csv"), "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,abc,1.4,0.2\n");
    writeFile(path("lacking.csv"), "sepal_length_cm,sepal_width_cm,petal_length_cm\n5.1,3.5,1.4\n");
    writeFile(path("empty.csv"), "");
    writeFile(path("short-idx3-ubyte"), QByteArray("\0\0\x08\x03\0\0\0\x09\0\0\0\x08\0\0\0\x08", 16) + "xx");
    // An image folder of its own: ctest runs each test in a fresh process, so
    // nothing another test wrote may be relied on.
    QDir(path(QString())).mkdir(QStringLiteral("digits"));
    writeFile(path("digits/00.pgm"), "P5\n8 8\n255\n" + QByteArray(64, '\x40'));
    const struct {
        const char* project;
        const char* file;
        const char* says;
    } cases[] = {
        { "xor", "wrong-shape.npy", "has shape 3x5" },
        { "xor", "nan.npy", "not a finite number" },
        { "xor", "truncated.npy", "" },
        { "xor", "missing.npy", "no such file" },
        { "xor", "notes.unknown", "" },
        { "digits", "broken.png", "not a readable image" },
        { "xor", "digits", "not an image" },
        { "iris", "text.csv", ":2: column 2 ('sepal_width_cm'): 'abc' is not a finite number" },
        { "iris", "lacking.csv", "petal_width_cm" },
        { "iris", "empty.csv", "" },
        { "digits", "short-idx3-ubyte", "" },
    };
    writeFile(path("notes.unknown"), "?");
    for (const auto& c : cases) {
        const CliResult r = predict(QLatin1String(c.project), { QStringLiteral("--input"), path(QLatin1String(c.file)) });
        EXPECT_FALSE(r.crashed || r.timedOut) << c.file << ": " << qPrintable(r.describe());
        EXPECT_EQ(r.exitCode, 1) << c.file << ": " << qPrintable(r.describe());
        EXPECT_TRUE(r.err().contains(QLatin1String(c.file))) << c.file << ": " << qPrintable(r.describe());
        EXPECT_TRUE(r.err().contains(QLatin1String(c.says))) << c.file << ": " << qPrintable(r.describe());
        EXPECT_TRUE(r.out().isEmpty()) << c.file << ": " << qPrintable(r.describe());
    }
}

TEST_F(PredictCommand, ProjectWithoutWeightsIsRefused)
{
    writeNpy(path("xor-one.npy"), { 1, 2 }, { 1, 1 });
    const CliResult r = runCli({ QStringLiteral("predict"), source(QStringLiteral("resources/examples/xor.nwproj")),
        QStringLiteral("--input"), path("xor-one.npy") });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("no trained weights"))) << qPrintable(r.describe());
}

TEST_F(PredictCommand, UsageErrorsExitTwo)
{
    EXPECT_EQ(predict(QStringLiteral("xor"), {}).exitCode, 2);
    writeNpy(path("xor-u.npy"), { 1, 2 }, { 1, 1 });
    EXPECT_EQ(predict(QStringLiteral("xor"), { QStringLiteral("--input"), path("xor-u.npy"), QStringLiteral("--output"),
                  path("out.txt") }).exitCode, 2);
    EXPECT_EQ(predict(QStringLiteral("xor"), { QStringLiteral("--input"), path("xor-u.npy"), QStringLiteral("--threads"),
                  QStringLiteral("-1") }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("predict"), QStringLiteral("--input"), path("xor-u.npy") }).exitCode, 2);
}

// The fine-tuning example keeps Fashion-MNIST's classes 5-9: its five outputs are
// named by those classes, in the selection's order (before, predict counted all ten
// and refused the network).
TEST_F(PredictCommand, ClassSelectedDataNamesTheKeptClasses)
{
    const QString trained = path("transfer.nwproj");
    const CliResult train = runCli({ QStringLiteral("train"), source(QStringLiteral("resources/examples/fashion-transfer.nwproj")),
        QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--out"), trained });
    ASSERT_EQ(train.exitCode, 0) << qPrintable(train.describe());
    writeNpy(path("two-images.npy"), { 2, 1, 28, 28 }, std::vector<float>(2 * 28 * 28, 0.5f));
    const CliResult r = runCli({ QStringLiteral("predict"), trained, QStringLiteral("--input"), path("two-images.npy"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonArray classes = (*json)[QStringLiteral("classes")].toArray();
    ASSERT_EQ(classes.size(), 5);
    EXPECT_EQ(classes.first().toString(), QStringLiteral("Sandal"));
    EXPECT_EQ(classes.last().toString(), QStringLiteral("Ankle boot"));
}
