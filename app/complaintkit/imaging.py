"""Opening user images safely: size limits before decoding, orientation applied.

Screenshots come from anywhere (a phone, a chat app, a paste), so every image is
treated as hostile: the pixel count is checked from the header before any pixel is
decoded, Pillow's bomb warning is an error, and failures become an `ImageRejected`
with a reason code that the UI and documents explain in the user's language
(resources/locales/<lang>/domain.toml [errors] image_*).

Only the formats in `DECODABLE_FORMATS` are ever tried, and their plugins are
imported here by name: Pillow's "load every plugin" fallback would otherwise
bring in formats such as EPS, whose plugin starts Ghostscript on the file. The
EPS plugin is also blocked from being imported at all (and left out of the
frozen build, packaging/complaintkit.spec).
"""

from __future__ import annotations

import io
import sys
import warnings
from pathlib import Path

# Pillow plugins that hand the file to an external program. A `None` entry in
# sys.modules makes their import fail, so even Pillow's load-everything fallback
# (Image.init(), reached by any Image.open without `formats`) skips them.
_PLUGINS_THAT_RUN_PROGRAMS = ("PIL.EpsImagePlugin",)
for _plugin in _PLUGINS_THAT_RUN_PROGRAMS:
    sys.modules.setdefault(_plugin, None)  # type: ignore[arg-type]

from PIL import (  # noqa: E402  (after the block above, on purpose)
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageOps,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    UnidentifiedImageError,
    WebPImagePlugin,
)

# Registered by the imports above; listing one that is not registered would make
# Pillow load every plugin, which is what this module exists to prevent.
_REGISTERED = (
    PngImagePlugin,
    JpegImagePlugin,
    GifImagePlugin,
    WebPImagePlugin,
    BmpImagePlugin,
    TiffImagePlugin,
)

# 40 MP covers a 5K screenshot and a phone photo; a 20000x20000 image is refused.
MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 60 * 1024 * 1024

IMAGE_TYPES = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "BMP": "image/bmp",
    "TIFF": "image/tiff",
}
DECODABLE_FORMATS: tuple[str, ...] = tuple(IMAGE_TYPES)


class ImageRejected(Exception):
    """An image we will not use. `code` is one of: image_empty, image_too_big_file,
    image_unreadable, image_too_many_pixels, image_truncated."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def _read(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise ImageRejected("image_too_big_file", str(source.stat().st_size))
        data = source.read_bytes()
    if not data:
        raise ImageRejected("image_empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImageRejected("image_too_big_file", str(len(data)))
    return data


def open_header(data: bytes) -> Image.Image:
    """The image's header only (format, size, EXIF), from the allowed formats; pixels are
    not decoded. Raises UnidentifiedImageError (or OSError) for anything else."""
    return Image.open(io.BytesIO(data), formats=DECODABLE_FORMATS)


def open_image(source: Path | bytes, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Decode an image fully, upright (EXIF orientation applied), or raise ImageRejected."""
    data = _read(source)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = open_header(data)
            width, height = image.size
            if width * height > max_pixels:
                raise ImageRejected("image_too_many_pixels", f"{width}x{height}")
            image.load()
        except ImageRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ImageRejected("image_too_many_pixels", str(error)) from None
        except UnidentifiedImageError:
            raise ImageRejected("image_unreadable") from None
        except (OSError, SyntaxError, ValueError) as error:
            # Pillow reports truncated and malformed files as OSError/SyntaxError.
            code = "image_truncated" if "truncated" in str(error).lower() else "image_unreadable"
            raise ImageRejected(code, str(error)) from None
    return ImageOps.exif_transpose(image) or image


def media_type_of(image: Image.Image) -> str:
    return IMAGE_TYPES.get(image.format or "", "application/octet-stream")
