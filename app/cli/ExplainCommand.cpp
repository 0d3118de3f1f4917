#include "ExplainCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExplanationJson.h"
#include "ExplanationPicture.h"
#include "PredictionInput.h"
#include "RunnableProject.h"

#include "data/DataKind.h"
#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "data/NpyFile.h"
#include "engine/Graph.h"
#include "engine/ThreadPool.h"
#include "explain/ExplainModel.h"
#include "explain/Explainer.h"
#include "training/PreparedProject.h"
#include "training/ProjectExplainContext.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <exception>

namespace nw::cli {

namespace {

const QString kMethods = QStringLiteral("gradient, gradient-x-input, smoothgrad, integrated-gradients, grad-cam, "
                                        "occlusion, lime, kernel-shap, activations, projection, attention, rollout");

bool isAttention(Graph& graph, const std::string& id)
{
    const Layer* layer = graph.layer(id);
    return layer && layer->typeName() == "MultiHeadAttention";
}

// What --sample names: a part of the project's data and a position in it.
struct SampleRef {
    DataPart part = DataPart::Test;
    std::optional<std::size_t> index;
};

std::optional<SampleRef> parseSampleRef(const QString& text, QString* error)
{
    const QString partName = text.section(QLatin1Char(':'), 0, 0);
    const auto part = dataPartFromName(partName);
    if (!part) {
        *error = QStringLiteral("--sample must be SPLIT:K with SPLIT train, validation or test, got '%1'").arg(text);
        return std::nullopt;
    }
    SampleRef ref{ *part, std::nullopt };
    if (text.contains(QLatin1Char(':'))) {
        bool ok = false;
        const qlonglong k = text.section(QLatin1Char(':'), 1).toLongLong(&ok);
        if (!ok || k < 0) {
            *error = QStringLiteral("--sample must be SPLIT:K with K a sample number from 0, got '%1'").arg(text);
            return std::nullopt;
        }
        ref.index = static_cast<std::size_t>(k);
    }
    return ref;
}

// Nodes a map can be taken at, for messages: "conv1 (8x28x28), ...".
QString nodeList(Graph& graph, ExplainMethod method)
{
    QStringList names;
    for (const std::string& id : graph.nodeIds()) {
        const Shape shape = graph.nodeShape(id);
        if (id == graph.inputIds().front() || (method == ExplainMethod::GradCam && shape.size() != 3)
            || (method == ExplainMethod::Attention && !isAttention(graph, id)))
            continue;
        names << QStringLiteral("%1 (%2)").arg(QString::fromStdString(id), QString::fromStdString(shapeToString(shape)));
    }
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

// The node a method uses when --layer is not given: Grad-CAM the last node with a
// C x H x W output (the last convolutional stage, as Selvaraju et al. do);
// activations and projection the output's own input (the last hidden layer);
// attention the last attention node.
std::string defaultNode(Graph& graph, ExplainMethod method)
{
    const std::vector<std::string> ids = graph.nodeIds();
    if (method == ExplainMethod::Attention) {
        for (auto it = ids.rbegin(); it != ids.rend(); ++it)
            if (isAttention(graph, *it))
                return *it;
        return {};
    }
    if (method == ExplainMethod::GradCam) {
        for (auto it = ids.rbegin(); it != ids.rend(); ++it)
            if (*it != graph.inputIds().front() && graph.nodeShape(*it).size() == 3)
                return *it;
        return {};
    }
    return ids.size() >= 2 ? ids[ids.size() - 2] : std::string();
}

std::optional<int> parseTarget(const QString& text, const QStringList& classNames, int outputs, QString* error)
{
    bool isNumber = false;
    const int index = text.toInt(&isNumber);
    if (isNumber && index >= 0 && index < outputs)
        return index;
    if (const int byName = classNames.indexOf(text); byName >= 0 && byName < outputs)
        return byName;
    QString known = classNames.isEmpty() ? QStringLiteral("0 to %1").arg(outputs - 1) : classNames.join(QStringLiteral(", "));
    *error = QStringLiteral("--target '%1' is not a class of this network (classes: %2)").arg(text, known);
    return std::nullopt;
}

QStringList classNamesOf(PreparedProject& prepared)
{
    QStringList names;
    try {
        const DataSpec spec = parseDataSpec(prepared.project().dataset.spec.toStdString());
        if (const std::vector<std::string> known = knownClassNames(spec); !known.empty()) {
            for (const std::string& n : known)
                names << QString::fromStdString(n);
            return names;
        }
    } catch (const std::exception&) {
    }
    if (prepared.hasData())
        for (const std::string& n : prepared.data().classNames())
            names << QString::fromStdString(n);
    return names;
}

Tensor samplesAt(const Dataset& data, const std::vector<std::size_t>& indices)
{
    Tensor inputs;
    Tensor targets;
    data.fillBatch(indices, inputs, targets);
    return inputs;
}

} // namespace

QString ExplainCommand::summary() const
{
    return QCoreApplication::translate("ExplainCommand",
        "why a trained project predicts what it does for one sample (saliency, IG, Grad-CAM, occlusion, LIME, SHAP, ...)");
}

int ExplainCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("method"), QStringLiteral("one of: ") + kMethods, QStringLiteral("METHOD"));
    cl.addOption(QStringLiteral("input"), QStringLiteral("the sample(s), read as predict reads them: ") + PredictionInput::supportedForms(), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("index"), QStringLiteral("which sample of --input (default 0)"), QStringLiteral("K"));
    cl.addOption(QStringLiteral("sample"), QStringLiteral("sample K of the project's train, validation or test split"), QStringLiteral("SPLIT:K"));
    cl.addOption(QStringLiteral("target"), QStringLiteral("the class explained, by index or name (default: the predicted class)"), QStringLiteral("CLASS"));
    cl.addOption(QStringLiteral("layer"), QStringLiteral("the node for grad-cam, activations and projection"), QStringLiteral("NODE"));
    cl.addOption(QStringLiteral("steps"), QStringLiteral("integrated-gradients: path steps (default 50)"), QStringLiteral("N"));
    cl.addOption(QStringLiteral("baseline"), QStringLiteral("zeros, mean (of the training split) or blur (default zeros)"), QStringLiteral("B"));
    cl.addOption(QStringLiteral("window"), QStringLiteral("occlusion: window side in pixels (default 4)"), QStringLiteral("W"));
    cl.addOption(QStringLiteral("stride"), QStringLiteral("occlusion: window step in pixels (default 2)"), QStringLiteral("S"));
    cl.addOption(QStringLiteral("samples"), QStringLiteral("smoothgrad copies (25), lime / sampled kernel-shap perturbations (1000)"), QStringLiteral("N"));
    cl.addOption(QStringLiteral("noise"), QStringLiteral("smoothgrad: noise sigma as a fraction of the input's range (default 0.15)"), QStringLiteral("X"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("smoothgrad, lime and kernel-shap randomness (default 0)"), QStringLiteral("S"));
    cl.addOption(QStringLiteral("output"), QStringLiteral("write the map as float32 MAP.npy"), QStringLiteral("MAP.npy"));
    cl.addOption(QStringLiteral("png"), QStringLiteral("draw the map over the sample as MAP.png"), QStringLiteral("MAP.png"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;

    // Usage first: everything that can be checked without reading a file.
    const auto method = explainMethodFromName(cl.value(QStringLiteral("method")).toStdString());
    if (!cl.isSet(QStringLiteral("method")) || !method) {
        CliOutput::error(cl.isSet(QStringLiteral("method"))
                ? QStringLiteral("explain: unknown --method '%1'; use one of: %2").arg(cl.value(QStringLiteral("method")), kMethods)
                : QStringLiteral("explain: --method METHOD is required (%1)").arg(kMethods));
        return UsageError;
    }
    const bool hasInput = cl.isSet(QStringLiteral("input"));
    const bool hasSample = cl.isSet(QStringLiteral("sample"));
    if (hasInput == hasSample) {
        CliOutput::error(QStringLiteral("explain: give exactly one of --input FILE or --sample SPLIT:K"));
        return UsageError;
    }
    if (hasSample && cl.isSet(QStringLiteral("index"))) {
        CliOutput::error(QStringLiteral("explain: --index picks a sample of --input; --sample SPLIT:K names its own"));
        return UsageError;
    }
    QString error;
    std::optional<SampleRef> ref;
    if (hasSample) {
        ref = parseSampleRef(cl.value(QStringLiteral("sample")), &error);
        if (!ref) {
            CliOutput::error(QStringLiteral("explain: ") + error);
            return UsageError;
        }
        if (!ref->index && *method != ExplainMethod::Projection) {
            CliOutput::error(QStringLiteral("explain: --sample needs a sample number, SPLIT:K (only projection takes a whole split)"));
            return UsageError;
        }
    }
    ExplainOptions options;
    options.method = *method;
    bool ok = true;
    const int threads = cl.intValue(QStringLiteral("threads"), 0, ok, kMaxThreads).value_or(0);
    const int index = cl.intValue(QStringLiteral("index"), 0, ok).value_or(0);
    options.steps = cl.intValue(QStringLiteral("steps"), 1, ok, 100000).value_or(options.steps);
    options.window = cl.intValue(QStringLiteral("window"), 1, ok, 100000).value_or(options.window);
    options.stride = cl.intValue(QStringLiteral("stride"), 1, ok, 100000).value_or(options.stride);
    options.samples = cl.intValue(QStringLiteral("samples"), 1, ok, 1000000).value_or(0);
    options.seed = cl.seedValue(QStringLiteral("seed"), ok).value_or(0);
    if (!ok)
        return UsageError;
    if (cl.isSet(QStringLiteral("noise"))) {
        bool parsed = false;
        const double noise = cl.value(QStringLiteral("noise")).toDouble(&parsed);
        if (!parsed || !std::isfinite(noise) || noise < 0.0 || noise > 100.0) {
            CliOutput::error(QStringLiteral("--noise must be a number from 0 to 100, got '%1'").arg(cl.value(QStringLiteral("noise"))));
            return UsageError;
        }
        options.noise = static_cast<float>(noise);
    }
    if (cl.isSet(QStringLiteral("baseline"))) {
        const auto baseline = explainBaselineFromName(cl.value(QStringLiteral("baseline")).toStdString());
        if (!baseline) {
            CliOutput::error(QStringLiteral("--baseline must be zeros, mean or blur, got '%1'").arg(cl.value(QStringLiteral("baseline"))));
            return UsageError;
        }
        options.baseline = *baseline;
    }
    const QString outputPath = cl.value(QStringLiteral("output"));
    if (cl.isSet(QStringLiteral("output")) && !outputPath.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        CliOutput::error(QStringLiteral("explain: --output must end in .npy, got '%1'").arg(outputPath));
        return UsageError;
    }
    const QString pngPath = cl.value(QStringLiteral("png"));
    if (cl.isSet(QStringLiteral("png")) && !pngPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        CliOutput::error(QStringLiteral("explain: --png must end in .png, got '%1'").arg(pngPath));
        return UsageError;
    }
    const QString inputPath = cl.value(QStringLiteral("input"));
    if (hasInput) {
        if (!QFileInfo::exists(inputPath)) {
            CliOutput::error(inputPath + QStringLiteral(": no such file or folder"));
            return InvalidInput;
        }
        if (!PredictionInput::isSupported(inputPath)) {
            CliOutput::error(inputPath + QStringLiteral(": unknown input format; use ") + PredictionInput::supportedForms());
            return InvalidInput;
        }
    }

    // The project, its weights and (when it can be read) its data.
    const QString projectPath = cl.positional(0);
    auto prepared = PreparedProject::load(projectPath, { .loadData = true, .loadWeights = true }, &error);
    const QString dataError = error;
    if (!prepared)
        prepared = PreparedProject::load(projectPath, { .loadData = false, .loadWeights = true }, &error);
    if (!isRunnableProject(prepared.get(), projectPath, error, QStringLiteral("explain")))
        return InvalidInput;
    Graph& graph = prepared->graph();
    std::optional<DataSpec> spec;
    try {
        spec = parseDataSpec(prepared->project().dataset.spec.toStdString());
    } catch (const std::exception&) {
    }
    const bool tabular = spec && standardizeFeaturesByDefault(*spec);
    const bool normalized = spec && normalizesImages(*spec); // new images need the training statistics
    const bool needsData = hasSample || tabular || normalized || options.baseline == ExplainBaseline::Mean;
    if (!prepared->hasData()) {
        if (needsData) {
            CliOutput::error(dataError + (hasSample ? QStringLiteral(" (--sample reads the project's data)")
                    : tabular ? QStringLiteral(" (a tabular project's input is standardised with its training table)")
                    : normalized ? QStringLiteral(" (the project's images are normalised with statistics of its data)")
                              : QStringLiteral(" (the mean baseline is the training split's mean)")));
            return InvalidInput;
        }
        if (!dataError.isEmpty())
            CliOutput::message(QStringLiteral("warning: ") + dataError + QStringLiteral("; naming classes by number"));
    }
    const QStringList classNames = classNamesOf(*prepared);

    // The layer, checked against the graph.
    if (explainMethodNeedsNode(options.method)) {
        const bool spatial = options.method == ExplainMethod::GradCam;
        const bool attention = options.method == ExplainMethod::Attention;
        options.node = cl.isSet(QStringLiteral("layer")) ? cl.value(QStringLiteral("layer")).toStdString() : defaultNode(graph, options.method);
        const auto ids = graph.nodeIds();
        if (options.node.empty() || std::find(ids.begin(), ids.end(), options.node) == ids.end()) {
            CliOutput::error(options.node.empty()
                    ? QStringLiteral("explain: %1 needs --layer NODE; this network has no %2").arg(cl.value(QStringLiteral("method")),
                          attention ? QStringLiteral("MultiHeadAttention node") : QStringLiteral("node with a channels x height x width output"))
                    : QStringLiteral("explain: --layer '%1' is not a node of this network; nodes: %2")
                          .arg(QString::fromStdString(options.node), nodeList(graph, options.method)));
            return UsageError;
        }
        if (spatial && graph.nodeShape(options.node).size() != 3) {
            CliOutput::error(QStringLiteral("explain: grad-cam needs a node with a channels x height x width output, but '%1' gives %2; nodes that do: %3")
                                 .arg(QString::fromStdString(options.node), QString::fromStdString(shapeToString(graph.nodeShape(options.node))), nodeList(graph, options.method)));
            return UsageError;
        }
        if (attention && !isAttention(graph, options.node)) {
            CliOutput::error(QStringLiteral("explain: attention needs a MultiHeadAttention node, but '%1' is a %2; attention nodes: %3")
                                 .arg(QString::fromStdString(options.node), QString::fromStdString(graph.layer(options.node) ? graph.layer(options.node)->typeName() : std::string("Input")), nodeList(graph, options.method)));
            return UsageError;
        }
    } else if (cl.isSet(QStringLiteral("layer"))) {
        CliOutput::message(QStringLiteral("note: --layer is used by grad-cam, activations, projection and attention only; ignored"));
    }
    const int outputs = static_cast<int>(graph.outputShape().empty() ? 1 : [&] {
        std::size_t n = 1;
        for (int d : graph.outputShape())
            n *= static_cast<std::size_t>(d);
        return n;
    }());
    if (cl.isSet(QStringLiteral("target"))) {
        const auto target = parseTarget(cl.value(QStringLiteral("target")), classNames, outputs, &error);
        if (!target) {
            CliOutput::error(QStringLiteral("explain: ") + error);
            return UsageError;
        }
        options.target = *target;
    }

    // The sample(s).
    Tensor samples;
    Tensor sample;
    QString origin;
    try {
        if (hasInput) {
            std::optional<PredictionInput::Table> table;
            CsvReport tableReport;
            if (tabular) {
                tableReport = tabularReport(*spec, prepared->directory().toStdString());
                table = PredictionInput::Table{ &tableReport, csvDelimiter(*spec), &prepared->scaler() };
            }
            PredictionInput input(graph.inputShape(), table);
            // Images normalised in training are explained as the network saw them.
            if (prepared->hasData() && prepared->data().hasChannelNormalization())
                input.setChannelNormalization(prepared->data().channelMean(), prepared->data().channelStd());
            if (spec) {
                const DataKind* kind = DataKind::find(spec->kind);
                input.setCentreCrop(
                    kind && kind->id == DataKindId::Images && kind->optionValue(*spec, "fit") == "crop");
            }
            input.read(inputPath);
            for (const QString& note : input.notes())
                CliOutput::message(note);
            samples = input.samples();
            const int count = samples.dim(0);
            if (index >= count) {
                CliOutput::error(inputPath + QStringLiteral(": --index %1 asks for sample %1, but the file holds %2 sample(s)").arg(index).arg(count));
                return InvalidInput;
            }
            sample = sampleOf(samples, index);
            origin = input.origins().value(index, QStringLiteral("%1 #%2").arg(QFileInfo(inputPath).fileName()).arg(index));
        } else {
            const std::vector<std::size_t> indices = prepared->partIndices(ref->part);
            const Dataset& data = prepared->partData(ref->part);
            if (ref->index && *ref->index >= indices.size()) {
                CliOutput::error(projectPath + QStringLiteral(": --sample %1: the %2 split has %3 sample(s)")
                                     .arg(cl.value(QStringLiteral("sample")), dataPartName(ref->part)).arg(indices.size()));
                return InvalidInput;
            }
            if (options.method == ExplainMethod::Projection)
                samples = samplesAt(data, indices);
            else
                sample = sampleOf(samplesAt(data, { indices[*ref->index] }), 0);
            origin = QStringLiteral("%1:%2").arg(dataPartName(ref->part)).arg(ref->index.value_or(0));
        }
    } catch (const std::exception& e) {
        CliOutput::error(QString::fromStdString(e.what()));
        return InvalidInput;
    }

    Explanation explanation;
    try {
        ThreadPool pool(threads);
        ExplainModel model(graph, pool);
        if (options.method == ExplainMethod::Projection) {
            if (samples.dim(0) < 2) {
                CliOutput::error(QStringLiteral("explain: projection needs at least 2 samples; %1 holds %2").arg(origin).arg(samples.dim(0)));
                return InvalidInput;
            }
            CliOutput::message(QStringLiteral("projecting %1 sample(s) at '%2'").arg(samples.dim(0)).arg(QString::fromStdString(options.node)));
            explanation = explainProjection(model, samples, options.node);
        } else {
            // Only the mean baseline and LIME/SHAP's feature names and background rows
            // read the training split; the other methods need no pass over it.
            const bool needsContext = options.baseline == ExplainBaseline::Mean || options.method == ExplainMethod::Lime
                || options.method == ExplainMethod::KernelShap;
            const ExplainContext context = needsContext ? projectExplainContext(*prepared) : ExplainContext();
            explanation = explain(model, sample, options, context);
        }
    } catch (const ExplainError& e) {
        CliOutput::error(projectPath + QStringLiteral(": ") + QString::fromStdString(e.what()));
        return InvalidInput;
    } catch (const std::exception& e) {
        CliOutput::error(projectPath + QStringLiteral(": ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }

    QJsonObject json{ { "command", "explain" }, { "project", projectPath }, { "sample", origin } };
    if (cl.isSet(QStringLiteral("output"))) {
        try {
            std::vector<std::size_t> shape;
            for (int d : explanation.map.shape())
                shape.push_back(static_cast<std::size_t>(d));
            writeNpy(outputPath.toStdString(), shape, explanation.map.data());
        } catch (const std::exception& e) {
            CliOutput::error(QString::fromStdString(e.what()));
            return InvalidInput;
        }
        json["output"] = QFileInfo(outputPath).absoluteFilePath();
        CliOutput::message(QStringLiteral("wrote the %1 map (%2) to %3")
                               .arg(cl.value(QStringLiteral("method")), QString::fromStdString(shapeToString(explanation.map.shape())), outputPath));
    }
    if (cl.isSet(QStringLiteral("png"))) {
        if (!writeExplanationPng(pngPath, explanation, sample, &error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        json["png"] = QFileInfo(pngPath).absoluteFilePath();
        CliOutput::message(QStringLiteral("drew the map to %1").arg(pngPath));
    }
    const QJsonObject body = explanationJson(explanation, options, classNames);
    for (auto it = body.begin(); it != body.end(); ++it)
        json[it.key()] = it.value();
    if (cl.json()) {
        CliOutput::json(json);
        return Success;
    }
    // Human mode: what was explained, in a few lines.
    if (explainMethodHasTarget(options.method)) {
        CliOutput::result(QStringLiteral("%1 of class %2 (score %3) for %4; predicted %5 (p = %6)")
                              .arg(cl.value(QStringLiteral("method")), body["target_class"].toVariant().toString())
                              .arg(static_cast<double>(explanation.score), 0, 'g', 6)
                              .arg(origin, body["predicted_class"].toVariant().toString())
                              .arg(static_cast<double>(explanation.probabilities.at(static_cast<std::size_t>(std::max(0, std::min<int>(explanation.predicted, static_cast<int>(explanation.probabilities.size()) - 1))))), 0, 'f', 4));
        if (explanation.completenessGap && options.method == ExplainMethod::IntegratedGradients)
            CliOutput::result(QStringLiteral("completeness gap %1 (score change %2)")
                                  .arg(static_cast<double>(*explanation.completenessGap), 0, 'g', 3)
                                  .arg(static_cast<double>(explanation.score - *explanation.baselineScore), 0, 'g', 6));
        for (std::size_t i = 0; i < explanation.featureValues.size() && i < 50; ++i)
            CliOutput::result(QStringLiteral("  %1  %2").arg(QString::fromStdString(explanation.featureNames[i]), -20).arg(static_cast<double>(explanation.featureValues[i]), 0, 'g', 5));
    }
    const QJsonObject map = body["map"].toObject();
    CliOutput::result(QStringLiteral("map %1, from %2 to %3")
                          .arg(QString::fromStdString(shapeToString(explanation.map.shape())))
                          .arg(map["min"].toDouble(), 0, 'g', 4)
                          .arg(map["max"].toDouble(), 0, 'g', 4));
    if (!explanation.explainedVariance.empty())
        CliOutput::result(QStringLiteral("explained variance %1 + %2")
                              .arg(static_cast<double>(explanation.explainedVariance[0]), 0, 'f', 3)
                              .arg(static_cast<double>(explanation.explainedVariance[1]), 0, 'f', 3));
    return Success;
}

} // namespace nw::cli
