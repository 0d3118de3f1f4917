#include "PredictCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "PredictionInput.h"
#include "RunnableProject.h"

#include "data/DataKind.h"
#include "data/DataSpec.h"
#include "data/NpyFile.h"
#include "engine/Graph.h"
#include "engine/Predictor.h"
#include "engine/TensorBatchSource.h"
#include "engine/ThreadPool.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <exception>

namespace nw::cli {

namespace {

enum class Task { Softmax, Sigmoid, Regression };

// The network's outputs turned into what the user asked for.
struct Result {
    Task task = Task::Regression;
    QStringList columns;       // one per value: "p(Bag)" or "output0"
    QStringList classNames;    // classifiers
    std::size_t samples = 0;
    std::size_t width = 0;     // values per sample
    std::vector<float> values; // samples x width: probabilities or raw outputs
    QStringList predicted;     // classifiers: one class name per sample
};

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString number(float v)
{
    return QString::number(static_cast<double>(v), 'g', 7);
}

Result interpret(const Tensor& outputs, const QString& loss, QStringList classNames, QString* error)
{
    Result r;
    r.samples = static_cast<std::size_t>(outputs.dim(0));
    r.width = r.samples ? outputs.size() / r.samples : 0;
    r.values.assign(outputs.data(), outputs.data() + outputs.size());
    const int width = static_cast<int>(r.width);
    if (loss == QLatin1String("cross_entropy")) {
        r.task = Task::Softmax;
        if (classNames.isEmpty())
            for (int c = 0; c < width; ++c)
                classNames << QString::number(c);
        if (classNames.size() != width) {
            *error = QStringLiteral("the network outputs %1 values per sample but the data has %2 classes").arg(width).arg(classNames.size());
            return r;
        }
        const Tensor p = softmaxRows(Tensor({static_cast<int>(r.samples), width}, r.values));
        r.values.assign(p.data(), p.data() + p.size());
        for (int k : argmaxRows(p))
            r.predicted << classNames.value(k);
    } else if (loss == QLatin1String("bce_with_logits")) {
        r.task = Task::Sigmoid;
        for (float& v : r.values)
            v = 1.0f / (1.0f + std::exp(-v));
        if (width == 1) {
            // One logit: the probability of the second class.
            if (classNames.size() != 2)
                classNames = QStringList{QStringLiteral("0"), QStringLiteral("1")};
            for (float p : r.values)
                r.predicted << classNames.value(p >= 0.5f ? 1 : 0);
        } else {
            // One independent probability per label: the most probable one.
            if (classNames.size() != width) {
                classNames.clear();
                for (int c = 0; c < width; ++c)
                    classNames << QString::number(c);
            }
            const Tensor p({static_cast<int>(r.samples), width}, r.values);
            for (int k : argmaxRows(p))
                r.predicted << classNames.value(k);
        }
    }
    if (r.task == Task::Regression) {
        for (int c = 0; c < width; ++c)
            r.columns << QStringLiteral("output%1").arg(c);
        return r;
    }
    r.classNames = classNames;
    if (r.task == Task::Sigmoid && width == 1)
        r.columns << QStringLiteral("p(%1)").arg(classNames.value(1));
    else
        for (const QString& name : classNames)
            r.columns << QStringLiteral("p(%1)").arg(name);
    return r;
}

QByteArray toCsv(const Result& r)
{
    QStringList header{QStringLiteral("sample")};
    if (r.task != Task::Regression)
        header << QStringLiteral("predicted");
    for (const QString& c : r.columns)
        header << csvField(c);
    QByteArray text = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (std::size_t i = 0; i < r.samples; ++i) {
        QStringList row{QString::number(i)};
        if (r.task != Task::Regression)
            row << csvField(r.predicted.value(static_cast<int>(i)));
        for (std::size_t k = 0; k < r.width; ++k)
            row << number(r.values[i * r.width + k]);
        text += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return text;
}

QJsonObject toJson(const Result& r, const QStringList& origins)
{
    QJsonArray predictions;
    for (std::size_t i = 0; i < r.samples; ++i) {
        QJsonArray values;
        for (std::size_t k = 0; k < r.width; ++k)
            values.append(static_cast<double>(r.values[i * r.width + k]));
        QJsonObject p{{"sample", static_cast<qint64>(i)}};
        if (const QString origin = origins.value(static_cast<int>(i)); !origin.isEmpty())
            p["origin"] = origin;
        if (r.task == Task::Regression) {
            p["outputs"] = values;
        } else {
            p["predicted"] = r.predicted.value(static_cast<int>(i));
            p["probabilities"] = values;
        }
        predictions.append(p);
    }
    static const char* const tasks[] = {"classification", "binary", "regression"};
    QJsonObject json{{"task", tasks[static_cast<int>(r.task)]}, {"predictions", predictions}};
    if (r.task != Task::Regression)
        json["classes"] = QJsonArray::fromStringList(r.classNames);
    if (r.task == Task::Sigmoid && r.width == 1)
        json["positive_class"] = r.classNames.value(1);
    return json;
}

bool writeOutput(const QString& path, const Result& r, QString* error)
{
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        try {
            writeNpy(path.toStdString(), {r.samples, r.width}, r.values.data());
        } catch (const std::exception& e) {
            *error = QString::fromStdString(e.what());
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(r)) < 0 || !file.commit()) {
        *error = path + QStringLiteral(": cannot write (") + file.errorString() + QLatin1Char(')');
        return false;
    }
    return true;
}

} // namespace

QString PredictCommand::summary() const
{
    return QCoreApplication::translate("PredictCommand", "run a trained project on new samples (.npy, .csv, images, IDX)");
}

int PredictCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("input"), QStringLiteral("samples: ") + PredictionInput::supportedForms(), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("output"), QStringLiteral("write the predictions to FILE.csv or FILE.npy (default: CSV on stdout)"), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    bool ok = true;
    const int threads = cl.intValue(QStringLiteral("threads"), 0, ok).value_or(0);
    if (!ok)
        return UsageError;
    if (threads > 1024) {
        CliOutput::error(QStringLiteral("--threads must be at most 1024, got %1").arg(threads));
        return UsageError;
    }
    const QString inputPath = cl.value(QStringLiteral("input"));
    if (!cl.isSet(QStringLiteral("input")) || inputPath.isEmpty()) {
        CliOutput::error(QStringLiteral("predict: --input FILE is required (") + PredictionInput::supportedForms() + QLatin1Char(')'));
        return UsageError;
    }
    const QString outputPath = cl.value(QStringLiteral("output"));
    if (cl.isSet(QStringLiteral("output")) && !outputPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !outputPath.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        CliOutput::error(QStringLiteral("predict: --output must end in .csv or .npy, got '%1'").arg(outputPath));
        return UsageError;
    }
    if (!QFileInfo::exists(inputPath)) {
        CliOutput::error(inputPath + QStringLiteral(": no such file or folder"));
        return InvalidInput;
    }
    if (!PredictionInput::isSupported(inputPath)) {
        CliOutput::error(inputPath + QStringLiteral(": unknown input format; use ") + PredictionInput::supportedForms());
        return InvalidInput;
    }

    const QString projectPath = cl.positional(0);
    QString error;
    auto prepared = PreparedProject::load(projectPath, {.loadData = false, .loadWeights = true}, &error);
    if (!isRunnableProject(prepared.get(), projectPath, error, QStringLiteral("predict")))
        return InvalidInput;

    const QString loss = prepared->project().training.loss;
    const bool classifier = loss != QLatin1String("mse");
    QStringList classNames;
    std::optional<PredictionInput::Table> table;
    CsvReport tableReport;
    try {
        std::optional<DataSpec> spec;
        try {
            spec = parseDataSpec(prepared->project().dataset.spec.toStdString());
        } catch (const std::exception&) {
        }
        const bool tabular = spec && standardizeFeaturesByDefault(*spec);
        const DataKind* kind = spec ? DataKind::find(spec->kind) : nullptr;
        // Normalised images need the statistics training used (given, or of its training split).
        if (spec && normalizesImages(*spec)) {
            auto withData = PreparedProject::load(projectPath, {.loadData = true, .loadWeights = true}, &error);
            if (!withData) {
                CliOutput::error(error + QStringLiteral(" (predict needs the training images for the normalisation they were trained with)"));
                return InvalidInput;
            }
            prepared = std::move(withData);
            for (const std::string& n : prepared->data().classNames())
                classNames << QString::fromStdString(n);
        } else if (kind && kind->classNames) {
            for (const std::string& n : knownClassNames(*spec))
                classNames << QString::fromStdString(n);
        } else if (tabular || classifier) {
            // The class names, and for tables the training statistics, come from the project's data.
            auto withData = PreparedProject::load(projectPath, {.loadData = true, .loadWeights = true}, &error);
            if (withData) {
                prepared = std::move(withData);
                for (const std::string& n : prepared->data().classNames())
                    classNames << QString::fromStdString(n);
            } else if (tabular) {
                CliOutput::error(error + QStringLiteral(" (predict needs the training table to encode and standardise the input as in training)"));
                return InvalidInput;
            } else {
                CliOutput::message(QStringLiteral("warning: ") + error + QStringLiteral("; naming classes by number"));
                error.clear(); // only a warning: interpret() below reports its own problems in `error`
            }
        }
        if (tabular) {
            tableReport = tabularReport(*spec, prepared->directory().toStdString());
            table = PredictionInput::Table{&tableReport, csvDelimiter(*spec), &prepared->scaler()};
        }
    } catch (const std::exception& e) {
        CliOutput::error(projectPath + QStringLiteral(": dataset: ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }

    // Text projects: the vocabulary training stored in the project encodes new text.
    std::optional<PredictionInput::Text> text;
    const std::optional<Vocabulary>& vocabulary = prepared->project().dataset.vocabulary;
    if (vocabulary) {
        text = PredictionInput::Text { &*vocabulary, {}, ',' };
        try {
            const DataSpec spec = parseDataSpec(prepared->project().dataset.spec.toStdString());
            if (const auto column = spec.options.find("column"); column != spec.options.end())
                text->column = column->second;
            text->delimiter = csvDelimiter(spec);
        } catch (const std::exception&) {
            // No usable spec: the input names its column "text" or has one column.
        }
    }
    PredictionInput input(prepared->graph().inputShape(), table, text);
    try {
        // New images are fitted to the input as the training images were.
        const DataSpec spec = parseDataSpec(prepared->project().dataset.spec.toStdString());
        const DataKind* kind = DataKind::find(spec.kind);
        input.setCentreCrop(kind && kind->id == DataKindId::Images && kind->optionValue(spec, "fit") == "crop");
    } catch (const std::exception&) {
        // No usable spec: images are stretched, the default.
    }
    if (prepared->hasData() && prepared->data().hasChannelNormalization())
        input.setChannelNormalization(prepared->data().channelMean(), prepared->data().channelStd());
    Result result;
    QStringList origins; // per prediction row
    try {
        input.read(inputPath);
        for (const QString& note : input.notes())
            CliOutput::message(note);
        origins = input.origins();
        const std::size_t n = static_cast<std::size_t>(input.samples().dim(0));
        TensorBatchSource source(input.samples(), Tensor({static_cast<int>(n)}));
        ThreadPool pool(threads);
        const Predictions p = predictAll(prepared->graph(), source, pool);
        Tensor outputs = p.outputs;
        if (outputs.rank() == 3 && loss == QLatin1String("cross_entropy")) {
            // Per-position classes ([N, T, C]): one prediction row per position, "origin@t".
            const int steps = outputs.dim(1);
            outputs = Tensor({outputs.dim(0) * steps, outputs.dim(2)}, std::vector<float>(outputs.data(), outputs.data() + outputs.size()));
            QStringList positions;
            for (std::size_t i = 0; i < n; ++i)
                for (int t = 0; t < steps; ++t)
                    positions << input.origins().value(static_cast<int>(i), QString::number(i)) + QStringLiteral("@%1").arg(t);
            origins = positions;
        }
        result = interpret(outputs, loss, classNames, &error);
        if (!error.isEmpty()) {
            CliOutput::error(projectPath + QStringLiteral(": ") + error);
            return InvalidInput;
        }
    } catch (const std::exception& e) {
        CliOutput::error(QString::fromStdString(e.what()));
        return InvalidInput;
    }

    QJsonObject json{{"command", "predict"}, {"project", projectPath}, {"input", inputPath}};
    if (cl.isSet(QStringLiteral("output"))) {
        if (!writeOutput(outputPath, result, &error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        json["output"] = QFileInfo(outputPath).absoluteFilePath();
        CliOutput::message(QStringLiteral("wrote %1 prediction(s) to %2").arg(result.samples).arg(outputPath));
    }
    if (cl.json()) {
        const QJsonObject body = toJson(result, origins);
        for (auto it = body.begin(); it != body.end(); ++it)
            json[it.key()] = it.value();
        CliOutput::json(json);
    } else if (!cl.isSet(QStringLiteral("output"))) {
        const QByteArray csv = toCsv(result);
        std::fwrite(csv.constData(), 1, static_cast<std::size_t>(csv.size()), stdout);
        std::fflush(stdout);
    }
    return Success;
}

} // namespace nw::cli
