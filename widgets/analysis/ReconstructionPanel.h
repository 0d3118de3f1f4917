#pragma once
// The Reconstruction tab of the Evaluation dock, for autoencoders (data with
// task=reconstruction): a page of samples worst first, each input beside its
// reconstruction with its error; and, when the network's bottleneck has 2 values,
// the latent space coloured by class, where a click decodes that point into an
// image. Reads the shared EvaluationResult (the one source of truth for what was
// evaluated); decoding runs on the background pool, never on the GUI thread.
#include "EvaluationResult.h"
#include "training/BackgroundWatcher.h"

#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace nw {

class LatentScatter;
class ReconstructionGallery;

class ReconstructionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReconstructionPanel(QWidget* parent = nullptr);
    ~ReconstructionPanel() override;

    void setResult(std::shared_ptr<const EvaluationResult> result);

    ReconstructionGallery* gallery() const { return m_gallery; }
    LatentScatter* scatter() const { return m_scatter; }
    // Decodes this code as a click there does (tests; the scatter calls it).
    void decodeAt(QPointF code);
    bool isDecoding() const { return m_decoding; }
    // The last decoded image (null before any) and what the caption says.
    QImage decodedImage() const { return m_decodedImage; }
    QString decodedCaption() const;
    QString summaryText() const;

Q_SIGNALS:
    void sampleActivated(int datasetIndex);
    void decoded(); // a decoded image is on show (or its error)

private:
    struct Decoded {
        quint64 result = 0; // the result whose space it was decoded in: a newer one's differs
        QPointF code;
        std::vector<float> values;
        QString error;
    };
    void startDecode(QPointF code);
    void showDecoded();
    void updatePageBar();

    std::shared_ptr<const EvaluationResult> m_result;
    QLabel* m_summary;
    ReconstructionGallery* m_gallery;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageLabel;
    QStackedWidget* m_latentStack;
    LatentScatter* m_scatter;
    QLabel* m_latentMessage;
    QLabel* m_decodedView;
    QLabel* m_decodedCaption;
    QImage m_decodedImage;
    BackgroundWatcher<Decoded> m_watcher;
    bool m_decoding = false;
    std::optional<QPointF> m_pending; // a click that arrived while decoding
    quint64 m_resultSerial = 0; // counts setResult(): a decode of an earlier result is dropped
};

} // namespace nw
