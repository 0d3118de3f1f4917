#include "ExplanationJson.h"

#include <QJsonArray>

#include <algorithm>

namespace nw::cli {

namespace {

QJsonArray shapeJson(const Shape& shape)
{
    QJsonArray a;
    for (int d : shape)
        a.append(d);
    return a;
}

QJsonValue className(const QStringList& names, int cls)
{
    if (cls < 0)
        return QJsonValue();
    return cls < names.size() ? names[cls] : QString::number(cls);
}

} // namespace

QJsonObject explanationJson(const Explanation& e, const ExplainOptions& options, const QStringList& classNames)
{
    QJsonObject json{ { "method", QString::fromStdString(explainMethodName(e.method)) } };
    if (explainMethodHasTarget(e.method)) {
        json["target"] = e.target;
        json["target_class"] = className(classNames, e.target);
        json["score"] = static_cast<double>(e.score);
    }
    if (e.method != ExplainMethod::Projection) {
        json["predicted"] = e.predicted;
        json["predicted_class"] = className(classNames, e.predicted);
        QJsonArray probabilities;
        for (float p : e.probabilities)
            probabilities.append(static_cast<double>(p));
        json["probabilities"] = probabilities;
    }
    if (!options.node.empty())
        json["layer"] = QString::fromStdString(options.node);
    if (e.method == ExplainMethod::IntegratedGradients) {
        json["steps"] = options.steps;
        json["baseline"] = QString::fromStdString(explainBaselineName(options.baseline));
    }
    if (e.baselineScore)
        json["baseline_score"] = static_cast<double>(*e.baselineScore);
    if (e.completenessGap)
        json["completeness_gap"] = static_cast<double>(*e.completenessGap);

    QJsonObject map{ { "shape", shapeJson(e.map.shape()) }, { "signed", e.signedMap } };
    if (e.map.size()) {
        const auto [lo, hi] = std::minmax_element(e.map.data(), e.map.data() + e.map.size());
        map["min"] = static_cast<double>(*lo);
        map["max"] = static_cast<double>(*hi);
    }
    json["map"] = map;

    if (!e.featureValues.empty()) {
        QJsonArray features;
        for (std::size_t i = 0; i < e.featureValues.size(); ++i)
            features.append(QJsonObject{
                { "name", QString::fromStdString(i < e.featureNames.size() ? e.featureNames[i] : std::string()) },
                { "value", static_cast<double>(e.featureValues[i]) } });
        json["features"] = features;
    }
    if (e.intercept)
        json["intercept"] = static_cast<double>(*e.intercept);
    if (e.localFit)
        json["local_fit_r2"] = static_cast<double>(*e.localFit);
    if (e.method == ExplainMethod::KernelShap)
        json["exact"] = e.exact;
    if (!e.explainedVariance.empty()) {
        QJsonArray variance;
        for (float v : e.explainedVariance)
            variance.append(static_cast<double>(v));
        json["explained_variance"] = variance;
    }
    return json;
}

} // namespace nw::cli
