#include "Int8Model.h"

#include "ActivationCalibration.h"
#include "CompressibleWeights.h"

#include "engine/BatchSource.h"
#include "engine/EngineError.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace nw {

namespace {

const std::string kScaleSuffix = ".scale";
const std::string kInputScaleSuffix = ".input.scale";

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string scalesName(WeightScales s)
{
    return s == WeightScales::PerTensor ? "per_tensor" : "per_channel";
}

bool wholeInt8(const Tensor& t)
{
    for (std::size_t i = 0; i < t.size(); ++i) {
        const float v = t[i];
        if (!(v >= -128.0f && v <= 127.0f) || std::round(v) != v)
            return false;
    }
    return true;
}

bool positiveFinite(const Tensor& t)
{
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!(t[i] > 0.0f) || !std::isfinite(t[i]))
            return false;
    }
    return true;
}

} // namespace

Int8Model quantizeModel(Graph& graph, const BatchSource& calibration, const Int8ModelSettings& settings,
    ThreadPool& pool)
{
    Int8Model model;
    model.weightScales = settings.weightScales;
    model.calibrationSamples = std::min(settings.calibrationSamples, calibration.size());
    for (const NamedParameter& p : compressibleWeights(graph))
        model.weights.emplace(p.name, quantizeInt8(p.param->value, settings.weightScales));
    model.inputScales = calibrateInputScales(graph, calibration, settings.calibrationSamples, pool);
    return model;
}

void applyInt8Model(Graph& graph, const Int8Model& model)
{
    std::map<std::string, Parameter*> byName;
    for (const NamedParameter& p : graph.namedParameters())
        byName.emplace(p.name, p.param);
    std::map<std::string, Tensor> values;
    for (const auto& [name, q] : model.weights) {
        const auto it = byName.find(name);
        if (it == byName.end())
            throw EngineError("the int8 weights name '" + name + "', which the network does not have");
        if (it->second->value.shape() != q.values.shape())
            throw EngineError("the int8 weight '" + name + "' is " + shapeToString(q.values.shape())
                              + " but the network's is " + shapeToString(it->second->value.shape()));
        values.emplace(name, dequantizeInt8(q));
    }
    const std::vector<std::string> ids = graph.nodeIds();
    for (const auto& [id, scale] : model.inputScales) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            throw EngineError("the int8 input scale names node '" + id + "', which the network does not have");
    }
    std::map<std::string, float> before;
    try {
        for (const auto& [id, scale] : model.inputScales) {
            before[id] = graph.inputQuantization(id);
            graph.setInputQuantization(id, scale);
        }
    } catch (...) {
        for (const auto& [id, scale] : before)
            graph.setInputQuantization(id, scale);
        throw;
    }
    for (auto& [name, value] : values)
        byName.at(name)->value.copyFrom(value);
}

Int8Tensors int8ModelTensors(Graph& graph, const Int8Model& model)
{
    Int8Tensors out;
    for (const NamedParameter& p : graph.namedParameters()) {
        const auto q = model.weights.find(p.name);
        if (q == model.weights.end()) {
            out.tensors.emplace(p.name, p.param->value);
            continue;
        }
        out.tensors.emplace(p.name, q->second.values);
        out.tensors.emplace(p.name + kScaleSuffix, q->second.scale);
        out.int8Names.insert(p.name);
    }
    for (const auto& [id, scale] : model.inputScales)
        out.tensors.emplace(id + kInputScaleSuffix, Tensor(Shape{1}, std::vector<float>{scale}));
    out.metadata["quantization"] = "int8";
    out.metadata["weight_scales"] = scalesName(model.weightScales);
    out.metadata["calibration_samples"] = std::to_string(model.calibrationSamples);
    return out;
}

bool isInt8Model(const std::map<std::string, std::string>& metadata)
{
    const auto it = metadata.find("quantization");
    return it != metadata.end() && it->second == "int8";
}

std::optional<Int8Model> readInt8Model(const std::map<std::string, Tensor>& tensors,
    const std::map<std::string, std::string>& metadata, std::string* error)
{
    const auto fail = [&](const std::string& text) -> std::optional<Int8Model> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!isInt8Model(metadata))
        return fail("the metadata does not say \"quantization\": \"int8\"");
    Int8Model model;
    const auto scales = metadata.find("weight_scales");
    model.weightScales = scales != metadata.end() && scales->second == "per_tensor" ? WeightScales::PerTensor
                                                                                    : WeightScales::PerChannel;
    if (const auto n = metadata.find("calibration_samples"); n != metadata.end())
        model.calibrationSamples = static_cast<std::size_t>(std::strtoull(n->second.c_str(), nullptr, 10));
    for (const auto& [name, tensor] : tensors) {
        if (endsWith(name, kInputScaleSuffix)) {
            if (tensor.size() != 1 || !positiveFinite(tensor))
                return fail("tensor '" + name + "': an input scale must be one finite number above 0");
            model.inputScales[name.substr(0, name.size() - kInputScaleSuffix.size())] = tensor[0];
            continue;
        }
        if (!endsWith(name, kScaleSuffix))
            continue;
        const std::string weight = name.substr(0, name.size() - kScaleSuffix.size());
        const auto w = tensors.find(weight);
        if (w == tensors.end())
            return fail("tensor '" + name + "' is the scale of '" + weight + "', which the file does not have");
        if (!wholeInt8(w->second))
            return fail("tensor '" + weight + "' has a scale, so it must hold whole numbers from -128 to 127");
        const bool perTensor = tensor.size() == 1;
        const bool perChannel = w->second.rank() >= 1 && tensor.size() == static_cast<std::size_t>(w->second.dim(0));
        if (tensor.rank() != 1 || !(perTensor || perChannel))
            return fail("tensor '" + name + "' has shape " + shapeToString(tensor.shape()) + ": the scales of "
                        + shapeToString(w->second.shape()) + " must be [1] or [" + std::to_string(w->second.rank() ? w->second.dim(0) : 1) + "]");
        if (!positiveFinite(tensor))
            return fail("tensor '" + name + "': every scale must be a finite number above 0");
        model.weights.emplace(weight, Int8Tensor{w->second, tensor});
    }
    return model;
}

std::map<std::string, Tensor> dequantizedTensors(const std::map<std::string, Tensor>& tensors, const Int8Model& model)
{
    std::map<std::string, Tensor> out;
    for (const auto& [name, tensor] : tensors) {
        if (endsWith(name, kInputScaleSuffix))
            continue;
        if (endsWith(name, kScaleSuffix) && model.weights.count(name.substr(0, name.size() - kScaleSuffix.size())))
            continue;
        const auto q = model.weights.find(name);
        out.emplace(name, q == model.weights.end() ? tensor : dequantizeInt8(q->second));
    }
    return out;
}

} // namespace nw
