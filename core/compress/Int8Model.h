#pragma once
// Post-training int8 quantization of a whole network, evaluated by exact fake
// quantization: the compressible weights (CompressibleWeights.h) become int8 with
// per-tensor or per-output-channel scales, and each Dense, Conv2D and
// ConvTranspose2D node reads its input quantized to int8 with a scale calibrated on
// training samples (ActivationCalibration.h). In the graph, weights hold q * s and
// Graph::setInputQuantization rounds what those nodes read, so every product the
// engine forms is (q_x s_x)(q_w s_w): the value an int8 kernel's int32 accumulator
// times s_x s_w gives, up to float rounding of the sum. Biases, normalisation and
// the other layers stay float32, as int8 runtimes keep the bias in int32 and
// requantize between layers.
//
// In a weights file (docs/FORMATS.md): "<param>" as I8 integers, "<param>.scale" F32
// [1] or [out], "<node>.input.scale" F32 [1], every other tensor F32, and metadata
// "quantization": "int8", "weight_scales": "per_tensor" | "per_channel",
// "calibration_samples": N.
#include "Int8Tensor.h"

#include "engine/Graph.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace nw {

class BatchSource;
class ThreadPool;

struct Int8ModelSettings {
    WeightScales weightScales = WeightScales::PerChannel;
    std::size_t calibrationSamples = 512;
};

struct Int8Model {
    WeightScales weightScales = WeightScales::PerChannel;
    std::size_t calibrationSamples = 0;
    std::map<std::string, Int8Tensor> weights; // by parameter name ("fc1.weight")
    std::map<std::string, float> inputScales;  // by node id
};

// Quantizes the graph's current weights and calibrates on the first samples of
// `calibration`; the graph's weights are not changed. Throws EngineError.
Int8Model quantizeModel(Graph& graph, const BatchSource& calibration, const Int8ModelSettings& settings,
    ThreadPool& pool);
// Puts the model into the graph: the quantized weights as q * s and the input
// quantization of every calibrated node. Throws EngineError, changing nothing, when
// a name or shape does not fit the graph.
void applyInt8Model(Graph& graph, const Int8Model& model);

struct Int8Tensors {
    std::map<std::string, Tensor> tensors;
    std::set<std::string> int8Names; // tensors to store as I8
    std::map<std::string, std::string> metadata;
};
// What a weights file holds for the graph quantized with `model`: the quantized
// weights as integers, their scales, the input scales and every other parameter and
// buffer of the graph as it is.
Int8Tensors int8ModelTensors(Graph& graph, const Int8Model& model);

// Whether tensors read from a file are an int8 model ("quantization": "int8").
bool isInt8Model(const std::map<std::string, std::string>& metadata);
// Reads the model back from a file's tensors: null with `error` naming the tensor
// and the problem (a weight that is not whole numbers in [-128, 127], a scale of the
// wrong size, a scale that is not finite and positive).
std::optional<Int8Model> readInt8Model(const std::map<std::string, Tensor>& tensors,
    const std::map<std::string, std::string>& metadata, std::string* error);
// The file's tensors as float weights: each quantized weight dequantized, the
// scales left out. The model must come from readInt8Model on the same tensors.
std::map<std::string, Tensor> dequantizedTensors(const std::map<std::string, Tensor>& tensors, const Int8Model& model);

} // namespace nw
