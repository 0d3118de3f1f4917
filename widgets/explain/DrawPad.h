#pragma once
// A pad to draw an input with the mouse, for one-channel image networks: white ink
// on black as the training images are, drawn at ten times the input's size with a
// round brush (or the eraser) and read back at the input's H x W by averaging, so
// strokes have the soft edges of scanned images. It shows the input's pixels as
// the network gets them. Says changed() while a stroke is drawn and
// strokeFinished() when the button is released.
#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>

#include <vector>

namespace nw {

class DrawPad : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCanvasScale = 10;

    explicit DrawPad(QWidget* parent = nullptr);

    // Clears the pad too.
    void setInputSize(int height, int width);
    int inputHeight() const { return m_height; }
    int inputWidth() const { return m_width; }
    // Brush diameter in input pixels.
    void setBrushSize(double pixels);
    double brushSize() const { return m_brush; }
    void setEraser(bool eraser);
    bool isEraser() const { return m_eraser; }

    // height x width values in [0, 1], row-major.
    std::vector<float> values() const;
    bool isEmpty() const;
    void clear();
    // Draws a stroke through points in input-pixel coordinates, as a mouse drag would
    // (tests and demonstrations); says changed() once per segment and strokeFinished().
    void drawStroke(const QVector<QPointF>& points);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

Q_SIGNALS:
    void changed();
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRect padRect() const;
    QPointF toCanvas(QPointF widgetPoint) const;
    void paintSegment(QPointF from, QPointF to); // canvas coordinates
    void resample();

    int m_height = 28;
    int m_width = 28;
    double m_brush = 2.2;
    bool m_eraser = false;
    QImage m_canvas; // kCanvasScale x the input, 8-bit grey
    QImage m_pixels; // the input's size, what the network gets
    bool m_drawing = false;
    QPointF m_last;
};

} // namespace nw
