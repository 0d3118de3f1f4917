#pragma once
// The Explain dock's "Draw" page, for networks that take one-channel images: a
// DrawPad at the input's H x W (brush, eraser, clear), the drawing centred and
// scaled as the training images are (InkFrame), and beside it the network's class
// probabilities and a saliency map of the drawn input that follow every stroke.
// A pure view: it says inputChanged() as the drawing changes; ExplainController
// answers with setResult(). It measures how long each answer took.
#include "explain/Explanation.h"
#include "InkFrame.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace nw {

class DrawPad;
class ExplanationView;
class ProbabilityBars;

class DrawPage : public QWidget {
    Q_OBJECT
public:
    explicit DrawPage(QWidget* parent = nullptr);

    // A one-channel image network of this input size, or (height 0) none, with `message` saying why.
    void setInput(int height, int width, const QStringList& classNames, const QString& message = {});
    bool isAvailable() const { return m_available; }
    void setInkFrame(const InkFrame& frame) { m_frame = frame; }
    const InkFrame& inkFrame() const { return m_frame; }

    // What the network gets: the drawing, centred and scaled when that is ticked.
    std::vector<float> input() const;
    ExplainMethod method() const;
    void setResult(const Explanation& explanation);
    void setFailure(const QString& message);

    DrawPad* pad() const { return m_pad; }
    ExplanationView* saliency() const { return m_saliency; }
    ProbabilityBars* bars() const { return m_bars; }
    QCheckBox* normaliseBox() const { return m_normalise; }
    QComboBox* methodBox() const { return m_method; }
    QToolButton* eraserButton() const { return m_eraser; }
    QToolButton* clearButton() const { return m_clear; }
    // Milliseconds from the last change of the drawing to its answer on screen; -1 before the first.
    double lastLatencyMs() const { return m_latencyMs; }
    int answers() const { return m_answers; }
    QString csv() const;

Q_SIGNALS:
    void inputChanged();

private:
    void drawingChanged();

    DrawPad* m_pad;
    QToolButton* m_brush;
    QToolButton* m_eraser;
    QToolButton* m_clear;
    QSlider* m_size;
    QCheckBox* m_normalise;
    QComboBox* m_method;
    ExplanationView* m_saliency;
    ProbabilityBars* m_bars;
    QLabel* m_message;
    QLabel* m_timing;
    QWidget* m_body;
    QStringList m_classNames;
    InkFrame m_frame;
    bool m_available = false;
    int m_height = 0, m_width = 0;
    QElapsedTimer m_sinceChange;
    double m_latencyMs = -1.0;
    int m_answers = 0;
    std::vector<float> m_probabilities;
};

} // namespace nw
