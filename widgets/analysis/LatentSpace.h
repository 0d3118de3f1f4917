#pragma once
// An autoencoder's 2-D latent space for the Reconstruction panel: the bottleneck
// code of every evaluated sample, its class (when the data had classes) and the
// decoder half of the network, so a point picked anywhere on the plane becomes an
// image. Captured by EvaluationRunner on its worker thread, then part of the
// EvaluationResult. The decoder runs on its own copy of the network (a twin with
// the evaluated weights), never on a training graph; decode() may be called from
// any thread, one call at a time is enforced by a mutex.
#include "training/PreparedProject.h"
#include "explain/LatentDecoder.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace nw {

class BatchSource;

class LatentSpace {
public:
    // For reconstruction data only: the bottleneck of the project's network and,
    // when it has exactly 2 values, every sample's code and a decoder. Nullopt when
    // the data is not reconstruction or the network has no chain to find one on.
    static std::shared_ptr<LatentSpace> capture(PreparedProject& project, const BatchSource& source, DataPart part,
        ThreadPool& pool);

    const Bottleneck& bottleneck() const { return m_bottleneck; }
    // Whether the bottleneck has 2 values, so the codes below exist and decode() works.
    bool isPlane() const { return m_decoder != nullptr; }
    const std::vector<float>& codes() const { return m_codes; } // [samples * 2]
    const std::vector<int>& classes() const { return m_classes; } // per sample; -1: none
    const std::vector<QString>& classNames() const { return m_classNames; }
    Shape imageShape() const { return m_imageShape; }

    // The decoder's output for the code (x, y), [output...] values. Throws EngineError.
    std::vector<float> decode(float x, float y) const;

private:
    LatentSpace() = default;

    Bottleneck m_bottleneck;
    std::vector<float> m_codes;
    std::vector<int> m_classes;
    std::vector<QString> m_classNames;
    Shape m_imageShape;
    std::unique_ptr<PreparedProject> m_decoderProject; // owns the decoder's graph
    std::unique_ptr<LatentDecoder> m_decoder;
    QString m_loss; // bce_with_logits decoders give logits: decode() returns their sigmoid
    mutable std::mutex m_mutex; // guards the decoder's layers (their scratch)
};

} // namespace nw
