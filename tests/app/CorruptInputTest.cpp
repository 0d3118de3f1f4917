// Every file of every corrupt corpus (tests/corrupt) goes through netwright-cli,
// the way a user meets it: a broken project through validate/train/evaluate, a
// broken data file through `train --data`, a broken weights file through a
// project that names it. Each run must exit 1 within the timeout, without a
// crash, under a 1.5 GB address-space limit (a lying header that tries to
// allocate what it claims fails the run), and say on stderr which file is wrong
// and what is wrong with it. The loaders' own tests (tests/data, tests/io) check
// the same files one level down; these check that the CLI keeps the promise.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <cctype>
#include <sys/stat.h>

using namespace nwtest;

namespace {

// Which commands reach the problem of a broken project.
enum class Reach {
    Read,    // the file cannot be read as a project: every command refuses it
    Graph,   // the graph does not compile: validate and train refuse it
    Data,    // the dataset cannot be loaded: train and evaluate refuse it (validate does not load data)
    Weights, // the weights cannot be applied: evaluate and train --resume refuse it
};

struct CorruptCase {
    QString file;         // relative to tests/corrupt
    QString expected;     // a fragment of the message (tests/corrupt/README.md, projects/README.md)
    QStringList names;    // what stderr must name besides: the offending file(s)
    Reach reach = Reach::Read;
    const char* knownBug = nullptr; // the run must still neither crash nor hang
};

QString corrupt(const QString& relative)
{
    return source(QStringLiteral("tests/corrupt/") + relative);
}

QString baseName(const QString& relative)
{
    return QFileInfo(relative).fileName();
}

std::vector<CorruptCase> dataCases()
{
    struct Row {
        const char* file;
        const char* expected;
        const char* offending; // nullptr: the file itself
    };
    static const Row rows[] = {
        { "idx/truncated-images-idx3-ubyte", "(truncated)", nullptr },
        { "idx/truncated-images-idx3-ubyte.gz", "(truncated)", nullptr },
        { "idx/lying-header-terabytes-idx3-ubyte", "(truncated)", nullptr },
        { "idx/lying-header-terabytes-idx3-ubyte.gz", "(truncated)", nullptr },
        { "idx/trailing-bytes-labels-idx1-ubyte", "(trailing bytes)", nullptr },
        { "idx/bad-magic-labels-idx1-ubyte", "not an IDX file", nullptr },
        { "idx/float-type-labels-idx1-ubyte", "is not supported", nullptr },
        { "idx/rank-zero-idx0-ubyte", "rank 0 at offset 3 is out of range", nullptr },
        { "idx/short-header-idx3-ubyte", "header needs 16 bytes", nullptr },
        { "idx/empty-file-idx1-ubyte", "too short", nullptr },
        { "idx/corrupt-gzip-stream-images-idx3-ubyte.gz", "corrupt compressed data", nullptr },
        { "idx/truncated-gzip-stream-images-idx3-ubyte.gz", "(truncated .gz file)", nullptr },
        { "csv/empty.csv", "the file is empty", nullptr },
        { "csv/blank-lines-only.csv", "the file is empty", nullptr },
        { "csv/header-only.csv", "no data rows after the header on line 1", nullptr },
        { "csv/ragged-row-line-17.csv", ":17: 5 fields, the header has 4", nullptr },
        { "csv/non-numeric-in-numeric-column-line-7.csv", ":7: column 'weight': 'heavy' is not a number", nullptr },
        { "csv/free-text-column-comment.csv", "column 'comment' holds free text (312 distinct values)", nullptr },
        { "csv/unterminated-quote-line-3.csv", ":3: a quoted field opens here and is never closed", nullptr },
        { "csv/duplicate-column-names.csv", "column name 'x' appears twice", nullptr },
        { "csv/every-row-missing-a-value.csv", "every one of the 3 rows has a missing value", nullptr },
        { "csv/infinite-value-line-3.csv", ":3: column 'x': '1e999' is not a finite 32-bit number", nullptr },
        { "csv/only-a-target-column.csv", "only one column", nullptr },
        { "csv/binary-garbage.csv", "fields, the header has", nullptr },
        { "images/truncated-png", "cats/truncated.png: not a readable image", "truncated.png" },
        { "images/text-named-png", "dogs/not-an-image.png: not a readable image", "not-an-image.png" },
        { "images/no-class-folders", "has no subfolders", nullptr },
        { "images/empty-class-folder", "class folder 'dogs' holds no images", nullptr },
        { "images/huge-dimensions", "the image claims 32000x32000 pixels", "claims-32000x32000.png" },
        { "npy/truncated-data.npy", "(truncated)", nullptr },
        { "npy/trailing-bytes.npy", "(trailing bytes)", nullptr },
        { "npy/lying-shape-terabytes.npy", "shape (1000000, 1000000, 1000)", nullptr },
        { "npy/lying-header-length.npy", "header claims 60000 bytes", nullptr },
        { "npy/bad-magic.npy", "not a .npy file", nullptr },
        { "npy/empty-file.npy", "not a .npy file", nullptr },
        { "npy/unsupported-version-9.npy", "version 9.0 is not supported", nullptr },
        { "npy/malformed-header-dict.npy", "malformed .npy header", nullptr },
        { "npy/big-endian.npy", "big-endian", nullptr },
        { "npy/fortran-order.npy", "Fortran", nullptr },
        { "npy/object-dtype.npy", "Python objects", nullptr },
        { "npy/structured-dtype.npy", "structured dtype", nullptr },
        { "npy/complex-dtype.npy", "is not supported", nullptr },
        { "npy/string-dtype.npy", "strings", nullptr },
        { "npy/npz-archive-renamed.npy", ".npz archive", nullptr },
    };
    std::vector<CorruptCase> cases;
    for (const Row& r : rows) {
        const QString file = QString::fromUtf8(r.file);
        cases.push_back({ file, QString::fromUtf8(r.expected),
            { r.offending ? QString::fromUtf8(r.offending) : baseName(file) }, Reach::Data });
    }
    return cases;
}

std::vector<CorruptCase> safetensorsCases()
{
    static const std::pair<const char*, const char*> rows[] = {
        { "empty_file", "0 bytes long, too short" },
        { "too_short", "4 bytes long, too short" },
        { "header_length_past_end", "header length 1000 is larger than the 8 bytes that follow it" },
        { "header_length_huge", "larger than safetensors allows" },
        { "header_not_json", "header is not valid JSON" },
        { "header_not_object", "does not start with '{'" },
        { "header_not_utf8", "header is not UTF-8 text" },
        { "missing_dtype", "tensor 'w' has no \"dtype\"" },
        { "missing_shape", "tensor 'w' has no \"shape\"" },
        { "missing_data_offsets", "tensor 'w' has no \"data_offsets\"" },
        { "entry_not_object", "tensor 'w': must be an object" },
        { "unknown_dtype", "tensor 'w': unknown dtype \"F128\"" },
        { "negative_dim", "shape entries must be whole numbers from 0" },
        { "fractional_dim", "shape entries must be whole numbers from 0" },
        { "huge_dim", "shape entries must be whole numbers from 0" },
        { "huge_element_count", "needs more bytes but data_offsets hold 8" },
        { "shape_size_mismatch", "shape [3] of F32 needs 12 bytes but data_offsets hold 8" },
        { "offsets_past_end", "data_offsets [0, 16] reach past the data section, which has 8 bytes" },
        { "offsets_reversed", "data_offsets must be [begin, end]" },
        { "offsets_not_pair", "data_offsets must be [begin, end]" },
        { "offsets_overlap", "tensor 'b': data_offsets [4, 12] overlap tensor 'a'" },
        { "offsets_gap", "leave bytes 4 to 8 unused" },
        { "trailing_bytes", "4 bytes after the last tensor belong to no tensor" },
        { "metadata_not_string", "__metadata__.epoch must be a string" },
    };
    std::vector<CorruptCase> cases;
    for (const auto& [name, expected] : rows) {
        const QString file = QStringLiteral("safetensors/%1.safetensors").arg(QString::fromUtf8(name));
        cases.push_back({ file, QString::fromUtf8(expected), { baseName(file) }, Reach::Weights });
    }
    return cases;
}

std::vector<CorruptCase> projectCases()
{
    const auto p = [](const char* name) { return QStringLiteral("projects/%1.nwproj").arg(QString::fromUtf8(name)); };
    const auto n = [](const char* name) { return QStringLiteral("%1.nwproj").arg(QString::fromUtf8(name)); };
    return {
        { p("not-json"), "is not valid JSON: illegal value at line 1", { n("not-json") } },
        { p("empty"), "is not valid JSON", { n("empty") } },
        { p("truncated-json"), "is not valid JSON: unterminated", { n("truncated-json") } },
        { p("not-utf8"), "is not UTF-8 text (invalid byte 0xff at line", { n("not-utf8") } },
        { p("array-at-top"), "does not hold a JSON object", { n("array-at-top") } },
        { p("missing-format-version"), "has no format_version", { n("missing-format-version") } },
        { p("future-format-version"), "was written by a newer Netwright (format 99); this version reads up to 3",
            { n("future-format-version") } },
        { p("missing-graph-nodes"), "graph.nodes: must be an array, got nothing", { n("missing-graph-nodes") } },
        { p("node-missing-type"), "graph.nodes[1].type: missing", { n("node-missing-type") } },
        { p("unknown-layer-type"), "unknown layer type 'Dence'", { n("unknown-layer-type") }, Reach::Graph },
        { p("cycle"), "'fc1' is part of a cycle", { n("cycle") }, Reach::Graph },
        { p("dangling-edge"), "takes input from 'act9', but there is no node with that id", { n("dangling-edge") },
            Reach::Graph },
        { p("duplicate-node-ids"), "graph.nodes[3].id: 'fc1' is already the id of graph.nodes[1]",
            { n("duplicate-node-ids") } },
        { p("bad-parameter-value"), "Dense 'fc1': units must be between 1 and 65536, got 0",
            { n("bad-parameter-value") }, Reach::Graph },
        { p("wrong-parameter-type"), "graph.nodes[1].params.units: expected a number, got \"abc\"",
            { n("wrong-parameter-type") } },
        { p("missing-flatten"), "Dense 'fc1' expects a flat input but gets 1x8x8: insert a Flatten",
            { n("missing-flatten") }, Reach::Graph },
        { p("too-many-parameters"),
            "Dense 'out' would bring the network to 4295229440 parameters; a network may have at most 50000000",
            { n("too-many-parameters") }, Reach::Graph },
        { p("edge-port-out-of-range"), "goes to input port 3, but the layer has a single input port",
            { n("edge-port-out-of-range") }, Reach::Graph },
        { p("training-batch-size-zero"), "training.batch_size: must be at least 1, got 0",
            { n("training-batch-size-zero") } },
        { p("unknown-optimizer"), "training.optimizer.name: must be one of sgd, adam, adamw, rmsprop, got \"adamax\"",
            { n("unknown-optimizer") } },
        { p("unknown-dataset-kind"), "unknown kind 'parquet'", { n("unknown-dataset-kind") }, Reach::Data },
        { p("dataset-file-missing"), "no-such.csv: cannot open file", { n("dataset-file-missing"), "no-such.csv" },
            Reach::Data },
        { p("input-shape-mismatch"), "the data has samples of 2 but the input node 'input' expects 3",
            { n("input-shape-mismatch") }, Reach::Data },
        { p("too-few-output-units"), "the data has 2 classes but the network's output 'out' gives 1 values per sample",
            { n("too-few-output-units") }, Reach::Data },
        { p("weights-file-missing"), "no-such-weights.safetensors does not exist",
            { n("weights-file-missing"), "no-such-weights.safetensors" }, Reach::Weights },
        { p("weights-corrupt"), "tensor 'b': data_offsets [4, 12] overlap tensor 'a'",
            { n("weights-corrupt"), "offsets_overlap.safetensors" }, Reach::Weights },
        { p("weights-wrong-shape"), "tensor 'fc1.weight' is [4, 2] in the weights but [8, 2] in the network",
            { n("weights-wrong-shape"), "weights-wrong-shape.safetensors" }, Reach::Weights },
        { p("huge-number"), "is not valid JSON: illegal number", { n("huge-number") } },
        { p("deeply-nested"), "is not valid JSON: too deeply nested", { n("deeply-nested") } },
    };
}

std::vector<CorruptCase> allCases()
{
    std::vector<CorruptCase> all = projectCases();
    for (auto part : { dataCases(), safetensorsCases() })
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// A project like xor.nwproj whose "weights" names `weightsPath`, written into `dir`.
QString projectWithWeights(const QTemporaryDir& dir, const QString& weightsPath)
{
    QFile in(source(QStringLiteral("resources/examples/xor.nwproj")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
    project[QStringLiteral("weights")] = weightsPath;
    const QString path = dir.filePath(QStringLiteral("uses-corrupt-weights.nwproj"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(project).toJson());
    return path;
}

// The command lines that must each refuse the case's file.
std::vector<QStringList> commandsFor(const CorruptCase& c, const QTemporaryDir& tmp)
{
    const QString out = tmp.filePath(QStringLiteral("out.nwproj"));
    const QStringList trainTail { QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--out"), out };
    const QString path = corrupt(c.file);
    if (c.file.startsWith(QLatin1String("projects/"))) {
        // Relative to the source tree, as a user would type it; the message must repeat it.
        const QString project = QStringLiteral("tests/corrupt/") + c.file;
        switch (c.reach) {
        case Reach::Read:
        case Reach::Graph:
            return { { QStringLiteral("validate"), project }, QStringList { QStringLiteral("train"), project } + trainTail };
        case Reach::Data:
            return { QStringList { QStringLiteral("train"), project } + trainTail, { QStringLiteral("evaluate"), project } };
        case Reach::Weights:
            return { { QStringLiteral("evaluate"), project },
                QStringList { QStringLiteral("train"), project, QStringLiteral("--resume") } + trainTail };
        }
    }
    if (c.file.startsWith(QLatin1String("safetensors/"))) {
        const QString project = projectWithWeights(tmp, path);
        return { { QStringLiteral("evaluate"), project },
            QStringList { QStringLiteral("train"), project, QStringLiteral("--resume") } + trainTail };
    }
    QString example, spec;
    if (c.file.startsWith(QLatin1String("idx/"))) {
        example = QStringLiteral("digits.nwproj"); // 8x8 images, 10 classes: what IDX files hold
        spec = QStringLiteral("idx:%1,%1").arg(path);
    } else if (c.file.startsWith(QLatin1String("npy/"))) {
        example = QStringLiteral("xor.nwproj");
        spec = QStringLiteral("npy:%1,%1").arg(path);
    } else if (c.file.startsWith(QLatin1String("csv/"))) {
        example = QStringLiteral("iris.nwproj"); // tabular
        spec = QStringLiteral("csv:%1").arg(path);
    } else {
        example = QStringLiteral("digits.nwproj");
        spec = QStringLiteral("images:%1?size=8").arg(path);
    }
    return { QStringList { QStringLiteral("train"), QStringLiteral("resources/examples/") + example,
                 QStringLiteral("--data"), spec }
        + trainTail };
}

class CorruptInput : public testing::TestWithParam<CorruptCase> { };

} // namespace

TEST_P(CorruptInput, ExitsOneNamingTheFileAndTheProblem)
{
    const CorruptCase& c = GetParam();
    ASSERT_TRUE(QFileInfo::exists(corrupt(c.file))) << qPrintable(c.file);
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QString knownBugSeen;
    for (const QStringList& args : commandsFor(c, tmp)) {
        SCOPED_TRACE(qPrintable(args.join(QLatin1Char(' '))));
        const CliResult r = runCli(args, { .timeout = std::chrono::seconds(20), .addressSpaceLimit = kCorruptInputMemoryLimit });
        // Never negotiable, known bug or not.
        ASSERT_TRUE(r.started);
        ASSERT_FALSE(r.timedOut) << qPrintable(r.describe());
        ASSERT_FALSE(r.crashed) << qPrintable(r.describe());
        ASSERT_FALSE(r.err().contains(QLatin1String("bad_alloc"))) << "tried to allocate what a header claims\n"
                                                                 << qPrintable(r.describe());
        const bool refused = r.exitCode == 1 && r.err().contains(c.expected);
        if (c.knownBug && !refused) {
            knownBugSeen = QString::fromUtf8(c.knownBug);
            continue;
        }
        EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
        EXPECT_TRUE(r.err().contains(c.expected)) << "expected \"" << qPrintable(c.expected) << "\"\n"
                                                  << qPrintable(r.describe());
        for (const QString& name : c.names)
            EXPECT_TRUE(r.err().contains(name)) << "the message must name " << qPrintable(name) << "\n"
                                                << qPrintable(r.describe());
        EXPECT_TRUE(r.err().startsWith(QLatin1String("netwright-cli: ")) || r.err().contains(QLatin1String("\nnetwright-cli: ")))
            << qPrintable(r.describe());
    }
    if (!knownBugSeen.isEmpty())
        GTEST_SKIP() << "known bug: " << qPrintable(knownBugSeen);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorruptInput, testing::ValuesIn(allCases()),
    [](const testing::TestParamInfo<CorruptCase>& info) {
        std::string name = info.param.file.toStdString();
        for (char& ch : name)
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return name;
    });

// A new file in a corpus folder cannot be forgotten: it fails here until it has a case.
TEST(CorruptInputCoverage, EveryCorpusFileHasACase)
{
    QSet<QString> listed;
    for (const CorruptCase& c : allCases()) {
        EXPECT_FALSE(listed.contains(c.file)) << "listed twice: " << qPrintable(c.file);
        listed.insert(c.file);
    }
    // Files in projects/ that are not cases: the script, its README, and what cases refer to.
    const QSet<QString> helpers { QStringLiteral("projects/README.md"), QStringLiteral("projects/make_projects.py"),
        QStringLiteral("projects/weights-wrong-shape.safetensors") };
    int seen = 0;
    for (const QString& room : { QStringLiteral("idx"), QStringLiteral("csv"), QStringLiteral("npy"),
             QStringLiteral("images"), QStringLiteral("safetensors"), QStringLiteral("projects") }) {
        const QDir dir(corrupt(room));
        ASSERT_TRUE(dir.exists()) << qPrintable(dir.path());
        // images/ holds one case per folder; everywhere else one per file.
        const auto filters = room == QLatin1String("images") ? QDir::Dirs | QDir::NoDotAndDotDot : QDir::Files;
        for (const QString& entry : dir.entryList(filters | QDir::Hidden)) {
            const QString rel = room + QLatin1Char('/') + entry;
            ++seen;
            EXPECT_TRUE(listed.contains(rel) || helpers.contains(rel)) << "no case for tests/corrupt/" << qPrintable(rel);
        }
    }
    EXPECT_EQ(static_cast<std::size_t>(seen), listed.size() + helpers.size()) << "a case names a file that is gone";
}

TEST(CorruptInputCoverage, ProjectsReadmeListsEveryProject)
{
    QFile readme(corrupt(QStringLiteral("projects/README.md")));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const CorruptCase& c : projectCases())
        EXPECT_TRUE(text.contains(baseName(c.file))) << qPrintable(c.file);
}

// Not files at all: a pipe would block open() until a writer comes (a hang), and
// /dev/zero never ends (reading it all is a crash by memory). Both are refused.
TEST(SpecialFiles, PipesAndDevicesAreRefusedWithoutHanging)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString fifo = tmp.filePath(QStringLiteral("pipe.nwproj"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const QString out = tmp.filePath(QStringLiteral("out.nwproj"));
    const QString xor_ = QStringLiteral("resources/examples/xor.nwproj");
    const QString iris = QStringLiteral("resources/examples/iris.nwproj");
    const QList<QStringList> runs {
        { QStringLiteral("validate"), fifo },
        { QStringLiteral("validate"), QStringLiteral("/dev/zero") },
        { QStringLiteral("train"), iris, QStringLiteral("--data"), QStringLiteral("csv:") + fifo, QStringLiteral("--out"), out },
        { QStringLiteral("train"), iris, QStringLiteral("--data"), QStringLiteral("csv:/dev/zero"), QStringLiteral("--out"), out },
        { QStringLiteral("train"), xor_, QStringLiteral("--data"), QStringLiteral("npy:%1,%1").arg(fifo), QStringLiteral("--out"), out },
        { QStringLiteral("train"), xor_, QStringLiteral("--data"), QStringLiteral("idx:%1,%1").arg(fifo), QStringLiteral("--out"), out },
        { QStringLiteral("evaluate"), projectWithWeights(tmp, fifo) },
    };
    for (const QStringList& args : runs) {
        SCOPED_TRACE(qPrintable(args.join(QLatin1Char(' '))));
        const CliResult r = runCli(args, { .timeout = std::chrono::seconds(10), .addressSpaceLimit = kCorruptInputMemoryLimit });
        ASSERT_FALSE(r.timedOut) << qPrintable(r.describe());
        ASSERT_FALSE(r.crashed) << qPrintable(r.describe());
        EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
        EXPECT_TRUE(r.err().contains(QLatin1String("is not a regular file"))) << qPrintable(r.describe());
    }
}
