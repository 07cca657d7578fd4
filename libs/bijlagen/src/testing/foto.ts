/** The EXIF of a phone photo: the camera's make and model, and where it was taken (GPS, in Hasselt). */
export const TELEFOON_EXIF = {
  IFD0: { Make: 'Telefoonmerk', Model: 'Model X' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '50/1 55/1 3/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '5/1 20/1 16/1',
  },
};
